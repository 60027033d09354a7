package se.coompanion.sesi.application.seminar;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;
import se.coompanion.sesi.application.seminar.port.in.ShowMinutes;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The minutes of a seminar, DRAFT then FINAL: a draft changes in place, a final version is locked and a change after
 * it makes a new version; every version is kept.
 */
public final class MinutesService implements WriteMinutes, FinaliseMinutes, ShowMinutes {

    private final SeminarRecords records;
    private final Transactions transactions;
    private final CommandValidator validator;

    public MinutesService(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes, Contacts contacts,
            Actors actors, Transactions transactions, CommandValidator validator, Clock clock) {
        this.records = new SeminarRecords(seminars, invitations, minutes, contacts, actors, clock);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public WriteMinutes.Result write(WriteMinutes.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        String text = fields.build("text", "", () -> MinutesVersion.text(command.text()));
        fields.check();
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            if (command.finalise()) {
                records.requireHeld(seminar, "finalMinutes");
            }
            Minutes minutes = records.minutes().of(seminar.id());
            Instant now = records.clock().instant();
            Optional<MinutesVersion> written = minutes.write(text, now);
            written.ifPresent(v -> records.minutes().store(seminar.id(), v));
            Minutes after = written.map(minutes::with).orElse(minutes);
            MinutesVersion version = after.latest().orElseThrow();
            if (command.finalise()) {
                version = after.finalise(now).orElseThrow(() -> finalAlready(seminar, after));
                records.minutes().store(seminar.id(), version);
            }
            boolean created = written.isPresent() && minutes.version(written.get().version()).isEmpty();
            return new WriteMinutes.Result(seminar, version, written.isEmpty(), created);
        });
    }

    @Override
    public FinaliseMinutes.Result finalise(FinaliseMinutes.Command command) {
        validator.check(command);
        return transactions.inTransaction(() -> {
            Seminar seminar = records.seminars().require(command.seminar());
            Minutes minutes = records.minutes().of(seminar.id());
            if (minutes.versions().isEmpty()) {
                throw new ConflictException(Message.of(MinutesService.class, "minutes.none", seminar.id()));
            }
            records.requireHeld(seminar, "finalMinutes");
            MinutesVersion version = minutes.finalise(records.clock().instant())
                    .orElseThrow(() -> finalAlready(seminar, minutes));
            records.minutes().store(seminar.id(), version);
            return new FinaliseMinutes.Result(seminar, version);
        });
    }

    @Override
    public ShowMinutes.Result show(String seminar) {
        return transactions.inTransaction(() -> {
            Seminar found = records.seminars().require(seminar);
            return new ShowMinutes.Result(found, records.minutes().of(found.id()));
        });
    }

    private static ConflictException finalAlready(Seminar seminar, Minutes minutes) {
        return new ConflictException(Message.of(MinutesService.class, "minutes.finalAlready", seminar.id(),
                minutes.latest().orElseThrow().version()));
    }
}
