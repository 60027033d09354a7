package se.coompanion.sesi.domain.learning;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A pilot run of a version of the programme: the day, the modules given, and the participants by gender (ESF+).
 * The participants are not named: their evaluations are kept under pseudonymous codes.
 *
 * @param number       1, 2, 3 ...
 * @param version      the version piloted
 * @param date         the day of the run (its first day)
 * @param modules      the modules given, in the order given
 * @param participants the participants by gender, at least one
 * @param place        where, optional
 */
public record PilotRun(int number, int version, LocalDate date, ImmutableList<ModuleKey> modules,
        GenderCounts participants, Optional<String> place) {

    public static final int MAX_PLACE = 300;

    public PilotRun {
        if (number < 1 || version < 1) {
            throw new IllegalArgumentException("pilot runs and versions are numbered from 1");
        }
        Objects.requireNonNull(date, "date");
        modules = ImmutableList.copyOf(modules.stream().distinct().toList());
        if (modules.isEmpty()) {
            throw new DomainException(Message.of(PilotRun.class, "pilot.noModule"));
        }
        Objects.requireNonNull(participants, "participants");
        if (participants.total() < 1) {
            throw new DomainException(Message.of(PilotRun.class, "pilot.noParticipant"));
        }
        place = TextField.optional(Message.of(PilotRun.class, "field.place"), place, MAX_PLACE);
    }

    public boolean gave(ModuleKey module) {
        return modules.contains(module);
    }
}
