package se.coompanion.sesi.domain.learning;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A module of a version of the learning programme: what it is called, what the participants should learn (its
 * learning objectives, numbered 1, 2, 3 ... in order, which the level-2 evaluation assesses one by one), the
 * competences of the competence framework it addresses, how it is given, how long it takes and how it is adapted for
 * accessibility.
 *
 * @param key         its stable key (M1, M2 ... unless chosen)
 * @param title       its title
 * @param objectives  its learning objectives, in order (objective 1 is the first)
 * @param competences the keys of the framework's competences it addresses
 * @param format      CLASSROOM, DIGITAL, BLENDED or STUDY_VISIT
 * @param hours       its duration in hours, more than 0 and at most {@value #MAX_HOURS}, to a quarter of an hour
 * @param adaptations the accessibility adaptations, in order
 */
public record LearningModule(ModuleKey key, String title, ImmutableList<String> objectives,
        ImmutableSortedSet<CompetenceKey> competences, DeliveryFormat format, BigDecimal hours,
        ImmutableList<String> adaptations) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_OBJECTIVE = 1000;
    public static final int MAX_OBJECTIVES = 10;
    public static final int MAX_ADAPTATION = 300;
    public static final int MAX_ADAPTATIONS = 20;
    public static final int MAX_HOURS = 200;

    public LearningModule {
        Objects.requireNonNull(key, "key");
        title = TextField.required(Message.of(LearningModule.class, "field.title"), title, MAX_TITLE);
        objectives = lines(objectives, Message.of(LearningModule.class, "field.objective"), MAX_OBJECTIVE);
        if (objectives.isEmpty()) {
            throw new DomainException(Message.of(LearningModule.class, "module.noObjective", key));
        }
        if (objectives.size() > MAX_OBJECTIVES) {
            throw new DomainException(Message.of(LearningModule.class, "module.objectives", objectives.size(),
                    MAX_OBJECTIVES));
        }
        competences = ImmutableSortedSet.copyOf(Objects.requireNonNull(competences, "competences"));
        Objects.requireNonNull(format, "format");
        hours = hours(hours);
        adaptations = lines(adaptations, Message.of(LearningModule.class, "field.adaptation"), MAX_ADAPTATION);
        if (adaptations.size() > MAX_ADAPTATIONS) {
            throw new DomainException(Message.of(LearningModule.class, "module.adaptations", adaptations.size(),
                    MAX_ADAPTATIONS));
        }
    }

    /** The duration checked: more than 0, at most {@value #MAX_HOURS}, in quarters of an hour (1.25, 2.5). */
    public static BigDecimal hours(BigDecimal hours) {
        Objects.requireNonNull(hours, "hours");
        BigDecimal quarters = hours.multiply(BigDecimal.valueOf(4));
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0
                || quarters.stripTrailingZeros().scale() > 0) {
            throw new DomainException(Message.of(LearningModule.class, "module.hours", hours.toPlainString(),
                    MAX_HOURS));
        }
        return hours.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Reads a duration as typed: {@code 3}, {@code 2.5} or {@code 2,5}. */
    public static BigDecimal parseHours(String text) {
        String trimmed = text == null ? "" : text.strip().replace(',', '.');
        try {
            return hours(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            throw new DomainException(Message.of(LearningModule.class, "module.hours", trimmed, MAX_HOURS));
        }
    }

    /** The text of objective {@code number} (from 1). */
    public String objective(int number) {
        return objectives.get(number - 1);
    }

    /** True when the module addresses the competence. */
    public boolean addresses(CompetenceKey competence) {
        return competences.contains(competence);
    }

    private static ImmutableList<String> lines(List<String> given, Message field, int maxLength) {
        ImmutableList.Builder<String> kept = ImmutableList.builder();
        for (String text : Objects.requireNonNull(given, "texts")) {
            String line = TextField.required(field, text, maxLength);
            if (line.contains("\n") || line.contains("\r")) {
                throw new DomainException(Message.of(LearningModule.class, "module.oneLine", field, line));
            }
            kept.add(line);
        }
        return kept.build();
    }
}
