package se.coompanion.sesi.application.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.implementation.port.in.CheckImplementationDraft;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;

/**
 * The draft read against the pre-study's records of today: the whole of it for a document, and the check of what
 * is missing. Both read in one transaction, through the other areas' use cases ({@link DraftReading}).
 */
public final class ImplementationReviewService implements ShowImplementationDraft, CheckImplementationDraft {

    private final ImplementationQueries areas;
    private final DraftStore store;
    private final Transactions transactions;
    private final Clock clock;

    public ImplementationReviewService(ImplementationDrafts drafts, ImplementationQueries areas,
            Transactions transactions, Clock clock) {
        this.areas = Objects.requireNonNull(areas);
        this.store = new DraftStore(Objects.requireNonNull(drafts), Objects.requireNonNull(transactions));
        this.transactions = transactions;
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public DraftView show() {
        return transactions.inTransaction(() -> {
            areas.projectFacts().show();
            ImplementationDraft draft = store.required();
            return new DraftReading(areas, draft).view(LocalDate.ofInstant(clock.instant(), clock.getZone()));
        });
    }

    @Override
    public Optional<String> title() {
        return transactions.inTransaction(() -> {
            areas.projectFacts().show();
            return store.find().map(ImplementationDraft::title);
        });
    }

    @Override
    public CheckImplementationDraft.Result check() {
        return transactions.inTransaction(() -> {
            areas.projectFacts().show();
            return new CheckImplementationDraft.Result(new DraftReading(areas, store.required()).gaps());
        });
    }
}
