package se.coompanion.sesi.domain.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.synthesis.ThemeLinks;

class DraftValuesTest {

    @Test
    void activities_are_written_A_and_a_number() {
        assertThat(ActivityId.parse("A3")).isEqualTo(new ActivityId(3));
        assertThat(ActivityId.parse(" a12 ")).isEqualTo(new ActivityId(12));
        assertThat(ActivityId.parse("7").toString()).isEqualTo("A7");
        for (String bad : new String[] {"", "A", "A0", "B2", "A-1", "A1.5"}) {
            assertThatThrownBy(() -> ActivityId.parse(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageContaining("write A and its number");
        }
    }

    @Test
    void a_module_is_written_with_its_programme_version() {
        assertThat(ModuleRef.parse("1/m3").toString()).isEqualTo("1/M3");
        assertThatThrownBy(() -> ModuleRef.parse("M3")).hasMessageContaining("for example 1/M1");
        assertThatThrownBy(() -> ModuleRef.parse("0/M3")).isInstanceOf(DomainException.class);
    }

    @Test
    void baselines_are_read_from_survey_shares_competence_gaps_and_needs() {
        Baseline.Measured share = Baseline.parse("enkat:stodstruktur/23=2+1");
        Baseline.Measured all = Baseline.parse("survey:behov_upphandling=4,5");

        assertThat(share.code()).isEqualTo("survey:stodstruktur/23=1+2");
        assertThat(share.unit()).isEqualTo(IndicatorUnit.PERCENT);
        assertThat(share.evidence().code()).isEqualTo("survey:stodstruktur/23");
        assertThat(all.code()).isEqualTo("survey:behov_upphandling=4+5");
        assertThat(Baseline.parse("kompetensgap:Public-Procurement"))
                .isEqualTo(new Baseline.MeanGap(new CompetenceKey("public_procurement")));
        assertThat(Baseline.parse("behov:work_integration"))
                .isEqualTo(new Baseline.NeedMunicipalities(NeedTheme.of(Theme.WORK_INTEGRATION)));
        assertThat(Baseline.parse("need:WORK_INTEGRATION").unit()).isEqualTo(IndicatorUnit.COUNT);
        assertThatThrownBy(() -> Baseline.parse("survey:behov_upphandling"))
                .hasMessageContaining("names the answers counted");
        assertThatThrownBy(() -> Baseline.parse("survey:behov_upphandling=4+fem!"))
                .hasMessageContaining("Answer code \"fem!\"");
        assertThatThrownBy(() -> Baseline.parse("finding:3")).hasMessageContaining("write survey:VARIABLE");
        assertThatThrownBy(() -> Baseline.parse("need:2281/FINANCING")).hasMessageContaining("of the whole region");
        assertThatThrownBy(() -> Baseline.parse("borich:x=1")).hasMessageContaining("write survey:VARIABLE");
        assertThatThrownBy(() -> Baseline.parse("rumour:1")).hasMessageContaining("Evidence kind \"rumour\"");
    }

    @Test
    void values_fit_their_unit() {
        assertThat(IndicatorUnit.PERCENT.parseValue("25,5 %")).isEqualByComparingTo("25.5");
        assertThat(IndicatorUnit.SCORE.parseValue("-1.25")).isEqualByComparingTo("-1.25");
        assertThat(IndicatorUnit.COUNT.parseValue("40")).isEqualTo(new BigDecimal("40.00"));
        assertThatThrownBy(() -> IndicatorUnit.PERCENT.parseValue("101")).hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> IndicatorUnit.COUNT.parseValue("2,5")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> IndicatorUnit.SCORE.parseValue("6")).hasMessageContaining("-5 to 5");
        assertThatThrownBy(() -> IndicatorUnit.PERCENT.parseValue("1.234")).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> IndicatorUnit.PERCENT.parseValue("många")).hasMessageContaining("write a number");
    }

    @Test
    void a_measured_baseline_fixes_the_indicators_unit_and_the_target_fits_it() {
        Baseline gap = Baseline.parse("borich:public_procurement");

        assertThatThrownBy(() -> new Indicator("Andel", IndicatorUnit.PERCENT, Optional.of(gap), Optional.empty()))
                .hasMessage("Indicator \"Andel\": its unit is per cent, but its baseline is measured in score");
        assertThatThrownBy(() -> new Indicator("Medelgap", IndicatorUnit.SCORE, Optional.of(gap),
                Optional.of(new BigDecimal("12")))).hasMessageContaining("-5 to 5");
        Indicator stated = new Indicator("Deltagare", IndicatorUnit.COUNT, Optional.of(new Baseline.Stated(
                IndicatorUnit.COUNT, BigDecimal.ZERO, Optional.of("Inget sådant program finns i dag"))),
                Optional.empty());
        assertThat(stated.withBaseline(Optional.of(gap)).unit()).isEqualTo(IndicatorUnit.SCORE);
    }

    @Test
    void a_proposed_title_is_the_statements_first_clause_cut_at_a_word() {
        assertThat(ProjectActivity.titleFrom("Bygg lärprogrammet kring upphandling, för sociala företag."))
                .isEqualTo("Bygg lärprogrammet kring upphandling");
        assertThat(ProjectActivity.titleFrom("Planera 2,5 år: först Jämtland")).isEqualTo("Planera 2,5 år");
        String words = "ord ".repeat(60);
        assertThat(ProjectActivity.titleFrom(words)).hasSizeLessThanOrEqualTo(ProjectActivity.PROPOSED_TITLE)
                .endsWith("ord…");
    }

    @Test
    void levels_roles_and_principles_are_read_in_english_or_swedish_codes() {
        assertThat(ResultLevel.parse("kortsiktig")).isEqualTo(ResultLevel.SHORT_TERM);
        assertThat(ResultLevel.parse("long-term")).isEqualTo(ResultLevel.LONG_TERM);
        assertThat(RiskLevel.parse("hög")).isEqualTo(RiskLevel.HIGH);
        assertThat(RiskLevel.parse("2")).isEqualTo(RiskLevel.MEDIUM);
        assertThat(PartnerRole.parse("co-applicant")).isEqualTo(PartnerRole.CO_APPLICANT);
        assertThat(HorizontalPrinciple.parse("gender equality")).isEqualTo(HorizontalPrinciple.GENDER_EQUALITY);
        assertThatThrownBy(() -> RiskLevel.parse("4")).hasMessageContaining("allowed are LOW, MEDIUM, HIGH");
    }

    @Test
    void the_draft_proposes_a_short_term_result_per_gap_and_a_long_term_one_per_linked_survey_answer() {
        List<ResultProposal> procurement = ResultProposal.of(DraftFixtures.recommendation(1, "Upphandling",
                "need:PUBLIC_PROCUREMENT", "borich:public_procurement", "survey:behov_upphandling", "finding:10")
                .recommendation(), ThemeLinks.STANDARD);
        List<ResultProposal> structure = ResultProposal.of(DraftFixtures.recommendation(2, "Stödstruktur",
                "survey:stodstruktur/23", "survey:stod_onskat", "need:COLLABORATION_STRUCTURE").recommendation(),
                ThemeLinks.STANDARD);
        List<ResultProposal> unthemed = ResultProposal.of(DraftFixtures.recommendation(3, "Stöd", "survey:stod_onskat",
                "survey:fritext").recommendation(), ThemeLinks.STANDARD);

        assertThat(procurement).extracting(ResultProposal::level, p -> p.baseline().code()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ResultLevel.SHORT_TERM, "borich:public_procurement"),
                org.assertj.core.groups.Tuple.tuple(ResultLevel.LONG_TERM, "survey:behov_upphandling=4+5"));
        // the survey answers linked to collaboration structure only, in the group cited
        assertThat(structure).extracting(p -> p.baseline().code()).containsExactly("survey:stodstruktur/23=1+2",
                "survey:stod_onskat=3", "survey:stod_onskat=5");
        // without a need cited: every linked answer of the question, in the themes' order; an unlinked question none
        assertThat(unthemed).extracting(p -> p.baseline().code()).containsExactly("survey:stod_onskat=2",
                "survey:stod_onskat=4", "survey:stod_onskat=1", "survey:stod_onskat=3", "survey:stod_onskat=5");
    }
}
