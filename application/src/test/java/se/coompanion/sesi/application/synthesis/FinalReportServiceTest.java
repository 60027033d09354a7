package se.coompanion.sesi.application.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.synthesis.PeopleGroup;
import se.coompanion.sesi.domain.synthesis.TargetGroupTally;

class FinalReportServiceTest {

    @Test
    void the_report_gathers_every_activity_the_cross_analysis_and_the_recommendations() {
        SynthesisFixture fixture = SynthesisFixture.withEvidence();
        fixture.recommend("Upphandling först", "HIGH", "need:PUBLIC_PROCUREMENT", "survey:behov_upphandling");

        PrepareFinalReport.FinalReport report = fixture.sesi.synthesis().prepareFinalReport().prepare();

        assertThat(report.preStudy().facts().caseNumber().value()).isEqualTo("23-032-S01");
        assertThat(report.producedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(report.progress()).extracting(ActivityProgress::key).containsExactly(ActivityKey.values());
        assertThat(report.progress()).as("the same progress as sesi status")
                .isEqualTo(fixture.sesi.preStudy().showProgress().show().activities());
        assertThat(report.scan().findings()).hasSize(1);
        assertThat(report.stakeholders().grid()).hasSize(2);
        assertThat(report.stakeholders().shortlist()).hasSize(1);
        assertThat(report.needs().assessments()).extracting(a -> a.municipality().code())
                .containsExactly("2262", "2281", "2380");
        assertThat(report.competence().ranking().ranking()).hasSize(3);
        assertThat(report.survey()).hasValueSatisfying(s -> {
            assertThat(s.usable()).isEqualTo(4);
            assertThat(s.rates().groups()).extracting(g -> g.key()).containsExactly("all", "22", "23");
            // the support-structure questions of the links that this questionnaire has, in its order
            assertThat(s.keyTables()).extracting(t -> t.question().variable())
                    .containsExactly("behov_upphandling", "stod_onskat", "stodstruktur");
            assertThat(s.keyTablesByCounty()).allSatisfy(t -> assertThat(t.columns()).hasSize(3));
        });
        assertThat(report.material()).as("no statistics imported").isEmpty();
        assertThat(report.recommendations()).singleElement()
                .satisfies(r -> assertThat(r.evidence()).allMatch(e -> e.resolves()));
        // 2 women and 1 man met in Sundsvall, walked in to the seminar and took part in the pilot
        assertThat(report.horizontal().people()).extracting(PrepareFinalReport.PeopleCount::group).containsExactly(
                PeopleGroup.NEEDS_PARTICIPANTS, PeopleGroup.SEMINAR_ATTENDEES, PeopleGroup.PILOT_PARTICIPANTS);
        assertThat(report.horizontal().people()).allSatisfy(p -> assertThat(p.counts())
                .isEqualTo(new GenderCounts(2, 1, 0, 0)));
        assertThat(report.horizontal().accessibility()).containsExactly(
                new PrepareFinalReport.AccessibilityMeasure("Analysseminarium", "Hörslinga"),
                new PrepareFinalReport.AccessibilityMeasure("M1 Upphandling", "Material i förväg"));
        assertThat(report.seminars()).singleElement().satisfies(d -> assertThat(d.seminar().agenda()).hasSize(2));
        assertThat(report.learning().versions()).hasSize(1);
        assertThat(report.learning().pilots()).singleElement().satisfies(p -> assertThat(p.evaluated()).isTrue());
        assertThat(report.learning().results().reactions()).hasSize(2);
        assertThat(report.horizontal().targetGroups()).hasSize(TargetGroup.values().length)
                .allMatch(t -> t.equals(new TargetGroupTally(t.group(), 0, 0)));
        assertThat(report.cross().themes().themes()).hasSize(3);
    }

    @Test
    void a_pre_study_with_only_its_plan_still_gives_a_report_with_empty_parts() {
        PrepareFinalReport.FinalReport report =
                SynthesisFixture.started().sesi.synthesis().prepareFinalReport().prepare();

        assertThat(report.progress()).hasSize(8).allSatisfy(p -> assertThat(p.actual()).isZero());
        assertThat(report.scan().sources()).isEmpty();
        assertThat(report.stakeholders().grid()).isEmpty();
        assertThat(report.needs().assessments()).isEmpty();
        assertThat(report.needs().coverage().missing()).hasSize(15);
        assertThat(report.competence().ranking().ranking()).isEmpty();
        assertThat(report.survey()).isEmpty();
        assertThat(report.material()).isEmpty();
        assertThat(report.recommendations()).isEmpty();
        assertThat(report.horizontal().people()).hasSize(3)
                .allSatisfy(p -> assertThat(p.counts()).isEqualTo(GenderCounts.ZERO));
        assertThat(report.horizontal().accessibility()).isEmpty();
        assertThat(report.seminars()).isEmpty();
        assertThat(report.learning().versions()).isEmpty();
        assertThat(report.learning().results().evaluated()).isEmpty();
    }

    @Test
    void without_a_pre_study_there_is_no_report() {
        assertThatThrownBy(() -> TestValidation.application(
                new InMemorySesiPorts()).synthesis().prepareFinalReport().prepare())
                .isInstanceOf(NotFoundException.class);
    }
}
