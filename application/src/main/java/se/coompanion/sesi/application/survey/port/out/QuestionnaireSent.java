package se.coompanion.sesi.application.survey.port.out;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The questionnaires a unit was sent.
 *
 * @param latest    the version of the last wave carrying a questionnaire that went to it
 * @param versions  every version it was sent
 * @param firstSent the date of the first wave carrying a questionnaire that went to it
 */
public record QuestionnaireSent(int latest, Set<Integer> versions, LocalDate firstSent) {

    public QuestionnaireSent {
        versions = Set.copyOf(versions);
        Objects.requireNonNull(firstSent, "firstSent");
        if (!versions.contains(latest)) {
            throw new IllegalArgumentException("the latest version is one of the versions sent");
        }
    }
}
