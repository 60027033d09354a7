package se.coompanion.sesi.application.implementation;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.implementation.DraftLookupException;
import se.coompanion.sesi.domain.implementation.DraftStateException;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The draft as the edits change it: read, changed by the model and stored whole in one transaction, so that a
 * change that fails leaves the draft as it was. A part the change names that does not exist is a
 * {@code NotFoundException}; a change its state does not allow a {@code ConflictException}.
 */
final class DraftStore {

    private final ImplementationDrafts drafts;
    private final Transactions transactions;

    DraftStore(ImplementationDrafts drafts, Transactions transactions) {
        this.drafts = drafts;
        this.transactions = transactions;
    }

    /** The stored draft; empty before there is one. */
    Optional<ImplementationDraft> find() {
        return drafts.find();
    }

    /** The stored draft; a {@code NotFoundException} before there is one. */
    ImplementationDraft required() {
        return drafts.find().orElseThrow(() -> new NotFoundException(Message.of(DraftStore.class, "draft.none")));
    }

    /**
     * Changes the draft in one transaction.
     *
     * @param change  what to do with the stored draft (it may ask other areas, inside the transaction)
     * @param changed what the change touched, for the answer
     */
    Edited edit(UnaryOperator<ImplementationDraft> change, Function<ImplementationDraft, String> changed) {
        return transactions.inTransaction(() -> {
            ImplementationDraft after = modelled(() -> change.apply(required()));
            drafts.save(after);
            return new Edited(after, changed.apply(after));
        });
    }

    /** What the model answers, its refusals as the application's exceptions. */
    static <T> T modelled(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DraftLookupException e) {
            throw new NotFoundException(e.text());
        } catch (DraftStateException e) {
            throw new ConflictException(e.text(), e);
        }
    }
}
