package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static se.coompanion.sesi.application.testing.SurveyFiles.orgNumber;
import static se.coompanion.sesi.application.testing.SurveyFiles.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Group;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Grouping;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.survey.ResponseId;

class ResponseRateServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void start() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
    }

    private ComputeResponseRates.Result rates(Grouping by) {
        return sesi.survey().computeResponseRates().compute(new ComputeResponseRates.Query(by));
    }

    /**
     * Eight units, one per disposition, the first four ekonomiska föreningar in Sundsvall (county 22), the last
     * four ideella föreningar in Östersund (county 23); and one row outside the population (an aktiebolag).
     */
    private void eightUnitsOneOfEach() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            rows.add(i <= 4 ? row(orgNumber(7, i), "EF " + i, "51", "", "2281")
                    : row(orgNumber(8, i), "IF " + i, "61", "ja", "2380"));
        }
        rows.add(row(orgNumber(5, 9), "AB 9", "49", "ja", "2281"));
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv",
                rows), ImportOptions.ALL_OR_NOTHING));
        Disposition[] codes = {Disposition.COMPLETE, Disposition.PARTIAL, Disposition.REFUSAL, Disposition.NON_CONTACT,
            Disposition.OTHER, null, Disposition.UNKNOWN_UNDELIVERABLE, Disposition.NOT_ELIGIBLE};
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != null) {
                sesi.survey().recordDisposition().record(new RecordDisposition.Command(ResponseId.of(i + 1).toString(),
                        codes[i], Optional.empty(), false));
            }
        }
    }

    @Test
    void counts_every_unit_of_the_population_once_by_its_disposition_now_and_never_an_excluded_row() {
        eightUnitsOneOfEach();

        ComputeResponseRates.Result all = rates(Grouping.NONE);

        assertThat(all.groups()).singleElement().satisfies(g -> {
            assertThat(g.key()).isEqualTo("all");
            assertThat(g.counts()).isEqualTo(new DispositionCounts(1, 1, 1, 1, 1, 1, 1, 1));
            // RR1 = 1/7, RR2 = 2/7, e = 5/6, RR3 = 1 / (5 + (5/6)*2) = 1/6.6667 = 0.15, COOP1 = 1/(2+1+1) = 0.25
            assertThat(g.counts().rr2()).hasValue(2.0 / 7.0);
            assertThat(g.counts().rr3().getAsDouble()).isEqualTo(0.15, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(g.counts().coop1()).hasValue(0.25);
        });
    }

    @Test
    void groups_by_county_and_legal_form_after_the_overall_row() {
        eightUnitsOneOfEach();

        assertThat(rates(Grouping.COUNTY).groups()).extracting(Group::key, Group::counts).containsExactly(
                org.assertj.core.groups.Tuple.tuple("all", new DispositionCounts(1, 1, 1, 1, 1, 1, 1, 1)),
                org.assertj.core.groups.Tuple.tuple("22", new DispositionCounts(1, 1, 1, 1, 0, 0, 0, 0)),
                org.assertj.core.groups.Tuple.tuple("23", new DispositionCounts(0, 0, 0, 0, 1, 1, 1, 1)));
        assertThat(rates(Grouping.LEGAL_FORM).groups()).extracting(Group::key).containsExactly("all",
                "EKONOMISK_FORENING", "IDEELL_FORENING");
    }

    @Test
    void with_no_units_every_group_is_shown_with_no_rate_defined() {
        ComputeResponseRates.Result result = rates(Grouping.COUNTY);

        assertThat(result.groups()).extracting(Group::key).containsExactly("all", "22", "23");
        assertThat(result.groups()).allSatisfy(g -> {
            assertThat(g.counts()).isEqualTo(DispositionCounts.NONE);
            assertThat(g.counts().rr1()).isEmpty();
        });
    }
}
