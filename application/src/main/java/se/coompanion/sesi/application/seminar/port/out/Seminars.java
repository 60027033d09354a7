package se.coompanion.sesi.application.seminar.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/** The seminars, their agendas with the outcomes, walk-ins and evaluations. */
public interface Seminars {

    /** Stores a new seminar and gives it its number. */
    Seminar add(SeminarFacts facts, Instant createdAt);

    Optional<Seminar> find(SeminarId id);

    /** Every seminar, in number order. */
    List<Seminar> all();

    /** Adds an item at the end of the seminar's agenda (its number is the next one). */
    void addAgendaItem(SeminarId seminar, AgendaItem item);

    /** Writes an agenda item's outcome (its ratings and all its conclusions) as it now is. */
    void updateOutcome(SeminarId seminar, AgendaItem item, Instant recordedAt);

    /** Writes the seminar's walk-ins as they now are. */
    void updateWalkIns(SeminarId seminar, GenderCounts walkIns);

    /** Writes the seminar's evaluation (its ratings and all its comments) as it now is. */
    void updateEvaluation(SeminarId seminar, SeminarEvaluation evaluation, Instant recordedAt);

    /**
     * The seminar a person names by number; with no number, the only seminar there is. Not found is a
     * {@code NotFoundException}; a number that is not one, or no number while there are several seminars, is an
     * {@code InvalidInputException} of the field {@code seminar}.
     */
    default Seminar require(String reference) {
        if (reference == null || reference.isBlank()) {
            List<Seminar> all = all();
            if (all.isEmpty()) {
                throw new NotFoundException(Message.of(Seminars.class, "seminar.none"));
            }
            if (all.size() > 1) {
                throw InvalidInputException.of(Problem.ofField("seminar", "", Message.of(Seminars.class,
                        "seminar.choose", all.size(), String.join(", ", all.stream().map(s -> s.id().toString())
                                .toList()))));
            }
            return all.get(0);
        }
        SeminarId id;
        try {
            id = SeminarId.parse(reference);
        } catch (DomainException e) {
            throw InvalidInputException.of(Problem.ofField("seminar", reference.strip(), e));
        }
        return find(id).orElseThrow(() -> new NotFoundException(Message.of(Seminars.class, "seminar.notFound", id)));
    }
}
