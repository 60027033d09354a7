package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * A seminar as planned and documented, without its guests: its facts, its agenda with the outcomes, the people who
 * came without an invitation (counted by gender, not named) and the participants' evaluation.
 *
 * @param id         its number
 * @param facts      title, day, place, link, accessibility
 * @param agenda     the agenda items, in order
 * @param walkIns    people who came without an invitation and were not checked in by name, by gender
 * @param evaluation the participants' evaluation
 */
public record Seminar(SeminarId id, SeminarFacts facts, ImmutableList<AgendaItem> agenda, GenderCounts walkIns,
        SeminarEvaluation evaluation) {

    public Seminar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facts, "facts");
        agenda = ImmutableList.copyOf(agenda);
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).number() != i + 1) {
                throw new IllegalArgumentException("agenda items must be numbered 1, 2, 3 ...");
            }
        }
        Objects.requireNonNull(walkIns, "walkIns");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    public Optional<AgendaItem> item(int number) {
        return number < 1 || number > agenda.size() ? Optional.empty() : Optional.of(agenda.get(number - 1));
    }

    /** The number the next agenda item gets. */
    public int nextItemNumber() {
        return agenda.size() + 1;
    }
}
