package se.coompanion.sesi.application.implementation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.implementation.port.in.Edited;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.implementation.ImplementationDraft;
import se.coompanion.sesi.domain.implementation.LetterOfIntent;
import se.coompanion.sesi.domain.implementation.LetterState;
import se.coompanion.sesi.domain.implementation.PartnerRole;
import se.coompanion.sesi.domain.implementation.ProjectPartner;

/**
 * The draft's partners: actors of the partner shortlist with their roles and contributions, and their letters of
 * intent, requested, signed or declined on a day.
 */
public final class ImplementationPartnerService implements EditPartners {

    private final ImplementationQueries areas;
    private final DraftStore store;
    private final CommandValidator validator;
    private final Clock clock;

    public ImplementationPartnerService(ImplementationDrafts drafts, ImplementationQueries areas,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.areas = Objects.requireNonNull(areas);
        this.store = new DraftStore(Objects.requireNonNull(drafts), Objects.requireNonNull(transactions));
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Edited edit(EditPartners.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        if (command instanceof EditPartners.Add add) {
            Optional<PartnerRole> role = fields.optional("role", add.role(), PartnerRole::parse);
            fields.check();
            return store.edit(d -> {
                ShowPartnerShortlist.Ranked listed = new DraftReferences(areas).shortlisted(add.actor());
                return d.addPartner(new ProjectPartner(listed.actor().key(), role.orElseGet(
                        () -> PartnerRole.of(listed.assessment().candidacy())), Optional.ofNullable(
                                add.contribution()), Optional.empty()));
            }, d -> d.partners().get(d.partners().size() - 1).actor().value());
        }
        if (command instanceof EditPartners.Change change) {
            Optional<PartnerRole> role = fields.optional("role", change.role(), PartnerRole::parse);
            fields.check();
            return edit(change.actor(), (d, key) -> {
                ProjectPartner partner = d.partner(key);
                Optional<String> contribution = change.contribution() == null ? partner.contribution()
                        : Optional.of(change.contribution());
                return d.withPartner(new ProjectPartner(key, role.orElse(partner.role()), contribution,
                        partner.letter()));
            });
        }
        if (command instanceof EditPartners.Remove remove) {
            return edit(remove.actor(), (d, key) -> d.withoutPartner(key));
        }
        EditPartners.Letter letter = (EditPartners.Letter) command;
        LetterState state = fields.required("state", letter.state(), LetterState::parse);
        fields.check();
        LocalDate on = letter.date() == null ? LocalDate.ofInstant(clock.instant(), clock.getZone()) : letter.date();
        return edit(letter.actor(), (d, key) -> {
            ProjectPartner partner = d.partner(key);
            return d.withPartner(partner.withLetter(LetterOfIntent.next(partner.letter(), state, on)));
        });
    }

    private Edited edit(String actor, BiFunction<ImplementationDraft, ActorKey, ImplementationDraft> change) {
        return store.edit(d -> change.apply(d, new DraftReferences(areas).actor(actor).key()),
                d -> new DraftReferences(areas).actor(actor).key().value());
    }
}
