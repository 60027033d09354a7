package se.coompanion.sesi.domain.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.synthesis.RecordedRecommendation;

class DraftPropertyTest {

    @Property
    void a_proposed_title_is_a_non_empty_start_of_the_statement_of_at_most_150_characters(
            @ForAll("statements") String statement) {
        String title = ProjectActivity.titleFrom(statement);
        String normalised = statement.strip().replaceAll("\\s+", " ");

        assertThat(title).isNotBlank().hasSizeLessThanOrEqualTo(ProjectActivity.PROPOSED_TITLE);
        assertThat(normalised).startsWith(title.endsWith("…") ? title.substring(0, title.length() - 1) : title);
    }

    @Provide
    Arbitrary<String> statements() {
        return Arbitraries.strings().withChars("abcdeåäö ,.;:-").ofMinLength(1).ofMaxLength(400)
                .filter(s -> !s.isBlank() && Character.isLetter(s.strip().charAt(0)));
    }

    @Property
    void merging_keeps_every_recommendation_with_a_live_activity_and_takes_one_activity_out(
            @ForAll @IntRange(min = 2, max = 12) int count, @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 12)
                    Integer> from, @ForAll @Size(max = 20) List<@IntRange(min = 1, max = 12) Integer> into) {
        List<RecordedRecommendation> recommendations = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            recommendations.add(DraftFixtures.recommendation(n, "Rekommendation " + n, "finding:" + n));
        }
        ImplementationDraft draft = DraftFixtures.of(recommendations.toArray(RecordedRecommendation[]::new));
        for (int i = 0; i < Math.min(from.size(), into.size()); i++) {
            int live = draft.liveActivities().size();
            try {
                draft = draft.merge(new ActivityId(from.get(i)), new ActivityId(into.get(i)));
                assertThat(draft.liveActivities()).hasSize(live - 1);
            } catch (DraftStateException | DraftLookupException refused) {
                assertThat(draft.liveActivities()).hasSize(live);
            }
            Set<Integer> carried = new HashSet<>();
            draft.liveActivities().forEach(a -> carried.addAll(a.grounds().recommendations()));
            assertThat(carried).hasSize(count);
            for (ProjectActivity activity : draft.activities()) {
                assertThat(draft.live(activity.id())).isPresent();
            }
        }
    }

    @Property
    void a_value_written_with_a_comma_or_a_point_reads_as_the_same_number(
            @ForAll @IntRange(min = 0, max = 10_000) int hundredths) {
        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
        String written = value.toPlainString();

        assertThat(IndicatorUnit.PERCENT.parseValue(written.replace('.', ',') + " %")).isEqualByComparingTo(value);
        assertThat(IndicatorUnit.PERCENT.parseValue(written)).isEqualByComparingTo(value);
    }

    @Property
    void any_sequence_of_letter_steps_keeps_every_answer_on_or_after_its_request(
            @ForAll @Size(max = 8) List<LetterState> steps, @ForAll @Size(min = 8, max = 8) List<@IntRange(min = 0,
                    max = 60) Integer> days) {
        Optional<LetterOfIntent> letter = Optional.empty();
        for (int i = 0; i < steps.size(); i++) {
            try {
                letter = Optional.of(LetterOfIntent.next(letter, steps.get(i), LocalDate.of(2024, 5, 1)
                        .plusDays(days.get(i))));
            } catch (DomainException refused) {
                // a refused step leaves the letter as it was
            }
            letter.ifPresent(l -> {
                if (l.requestedOn().isPresent() && l.answeredOn().isPresent()) {
                    assertThat(l.answeredOn().get()).isAfterOrEqualTo(l.requestedOn().get());
                }
                assertThat(l.answeredOn().isPresent()).isEqualTo(l.state() != LetterState.REQUESTED);
            });
        }
    }
}
