package se.coompanion.sesi.application.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.coompanion.sesi.application.testing.SurveyFiles.association;
import static se.coompanion.sesi.application.testing.SurveyFiles.frame;
import static se.coompanion.sesi.application.testing.SurveyFiles.orgNumber;
import static se.coompanion.sesi.application.testing.SurveyFiles.row;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.survey.BusinessActivity;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.ExclusionReason;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;

class SamplingFrameServiceTest {

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    @BeforeEach
    void startSesi() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
    }

    private ImportSamplingFrame.Result importFrame(TabularSource frame) {
        return sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(frame,
                ImportOptions.ALL_OR_NOTHING));
    }

    /** Six rows: two eligible, one to be confirmed, three outside the population for different reasons. */
    private static TabularSource mixedFrame() {
        return frame("ram.csv", List.of(
                row(orgNumber(7, 1), "Ljustorps Bygdeservice ek. för.", "51", "", "2281"),
                row(orgNumber(8, 2), "Bräcke Kulturförening", "Ideell förening", "ja", "2305"),
                row(orgNumber(5, 3), "Timrå Bygg AB", "49", "ja", "2262"),
                row(orgNumber(8, 4), "Hembygdsföreningen Alnö", "61", "nej", "2281"),
                row(orgNumber(7, 5), "Umeå Fiber ekonomisk förening", "Ekonomisk förening", "", "2480"),
                row(orgNumber(8, 6), "Föreningen Folkets Hus Ånge", "61", "", "2260")));
    }

    @Test
    void the_eligible_rows_get_response_ids_in_file_order_and_the_others_are_kept_flagged_and_listed() {
        ImportSamplingFrame.Result result = importFrame(mixedFrame());

        assertThat(result.report().rowsStored()).isEqualTo(6);
        assertThat(result.population()).isEqualTo(3);
        assertThat(result.unconfirmed()).isEqualTo(1);
        assertThat(result.firstId()).contains(ResponseId.of(1));
        assertThat(result.lastId()).contains(ResponseId.of(3));
        assertThat(result.excludedCount()).isEqualTo(3);
        assertThat(result.excluded()).extracting(FrameEntry::line, e -> e.unit().eligibility().exclusions())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, java.util.Set.of(ExclusionReason.LEGAL_FORM)),
                        org.assertj.core.groups.Tuple.tuple(5, java.util.Set.of(ExclusionReason.NO_BUSINESS_ACTIVITY)),
                        org.assertj.core.groups.Tuple.tuple(6, java.util.Set.of(ExclusionReason.OUTSIDE_REGION)));

        List<ListSamplingFrame.Member> population = sesi.survey().listSamplingFrame().population();
        assertThat(population).extracting(m -> m.unit().responseId().orElseThrow().toString())
                .containsExactly("S-0001-3", "S-0002-1", "S-0003-7");
        assertThat(population).extracting(ListSamplingFrame.Member::disposition)
                .containsOnly(Disposition.UNKNOWN_NO_RETURN);
        FrameUnit unconfirmed = population.get(2).unit();
        assertThat(unconfirmed.name()).isEqualTo("Föreningen Folkets Hus Ånge");
        assertThat(unconfirmed.legalForm()).isEqualTo(LegalForm.IDEELL_FORENING);
        assertThat(unconfirmed.businessActivity()).isEqualTo(BusinessActivity.UNKNOWN);
        assertThat(unconfirmed.eligibility().businessActivityUnconfirmed()).isTrue();
        assertThat(sesi.survey().listSamplingFrame().excluded()).hasSize(3).allMatch(e -> e.source().equals("ram.csv"));
        assertThat(sesi.survey().listSamplingFrame().size().excluded()).isEqualTo(3);
    }

    @Test
    void every_problem_of_every_row_is_reported_and_nothing_is_stored() {
        TabularSource bad = frame("ram.csv", List.of(
                association(1),
                row("716460-3868", "", "Kooperativ", "kanske", "9999"),
                List.of(orgNumber(7, 3), "Förening", "51", "", "", "", "8523", "", "2281"),
                association(1)));

        assertThatThrownBy(() -> importFrame(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "ram.csv:3: organisationsnummer/org_number: Organisationsnummer 716460-3868: check "
                                        + "digit should be 7",
                                "ram.csv:3: namn/name: a value is required",
                                "ram.csv:3: juridisk_form/legal_form: Legal form Kooperativ: give a JURFORM code or a "
                                        + "name: 49 Aktiebolag, 49 Aktiebolag med särskild vinstutdelningsbegränsning, "
                                        + "51 Ekonomisk förening, 53 Bostadsrättsförening, 54 Kooperativ "
                                        + "hyresrättsförening, 61 Ideell förening, 72 Stiftelse, 82 Kommun, Region, "
                                        + "Statlig myndighet, Handelsbolag, Enskild firma, Annan",
                                "ram.csv:3: naringsverksamhet/business_activity: Business activity kanske: write "
                                        + "ja/nej, yes/no, true/false or 1/0, or leave it empty when unknown",
                                "ram.csv:3: kommunkod/municipality_code: Municipality code 9999: not one of the 290 "
                                        + "Swedish municipality codes",
                                "ram.csv:4: utdelningsadress/street: a value is required",
                                "ram.csv:4: postnummer/postal_code: Postal code 8523: write five digits as NNN NN, the "
                                        + "first not 0 (for example 852 33)",
                                "ram.csv:4: postort/town: a value is required",
                                "ram.csv:5: organisationsnummer " + orgNumber(7, 1) + " appears again: the first row "
                                        + "with it is line 2"));
        assertThat(ports.samplingFrames().entries()).isEmpty();
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void skip_invalid_stores_the_good_rows_and_rejects_the_others_with_their_reasons() {
        List<String> rejected = new ArrayList<>();
        TabularSource mixed = frame("ram.csv", List.of(association(1), row("bad", "X", "51", "", "2281"),
                association(3)));

        ImportSamplingFrame.Result result =
                sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(
                mixed, ImportOptions.skipInvalid((header, row, problems) -> rejected.add(row.line() + ": "
                        + problems.get(0).message()))));

        assertThat(result.report().rowsStored()).isEqualTo(2);
        assertThat(result.report().rowsRejected()).isEqualTo(1);
        assertThat(rejected).singleElement().asString().startsWith("3: Organisationsnummer bad");
        assertThat(sesi.survey().listSamplingFrame().population()).hasSize(2);
    }

    @Test
    void the_same_file_twice_stores_nothing_new_and_a_second_file_continues_the_ids() {
        importFrame(frame("ram.csv", 1, 3));

        ImportSamplingFrame.Result again = importFrame(frame("ram.csv", 1, 3));
        assertThat(again.report().alreadyImported()).isTrue();
        assertThat(again.population()).isZero();

        ImportSamplingFrame.Result more = importFrame(frame("tillagg.csv", 10, 2));
        assertThat(more.firstId()).contains(ResponseId.of(4));
        assertThat(more.lastId()).contains(ResponseId.of(5));
        assertThat(sesi.survey().listSamplingFrame().size().population()).isEqualTo(5);
    }

    @Test
    void a_row_already_in_the_frame_from_another_file_is_an_error_for_that_row() {
        importFrame(frame("ram.csv", 1, 3));

        assertThatThrownBy(() -> importFrame(frame("ny.csv", List.of(association(7), association(2)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly("ny.csv:3: organisationsnummer/org_number: "
                                + "organisationsnummer " + orgNumber(7, 2) + " is already in the sampling frame (from "
                                + "an earlier import)"));
    }

    @Test
    void a_large_frame_is_written_in_batches_inside_one_transaction() {
        int committedBefore = ports.transactions().committed();

        importFrame(frame("stor.csv", 1, 2500));

        assertThat(ports.samplingFrames().batches()).isEqualTo(3);
        assertThat(ports.samplingFrames().entries()).hasSize(2500);
        assertThat(ports.transactions().committed() - committedBefore).as("log check, region, stored numbers, import")
                .isEqualTo(4);
        assertThat(sesi.survey().listSamplingFrame().population().get(2499).unit().responseId()).contains(ResponseId.of(
                2500));
    }

    @Test
    void a_group_digit_unusual_for_the_legal_form_is_a_warning_not_an_error() {
        ImportSamplingFrame.Result result = importFrame(frame("ram.csv", List.of(
                row(orgNumber(7, 1), "Näringsdrivande ideell förening", "61", "ja", "2281"))));

        assertThat(result.population()).isEqualTo(1);
        assertThat(result.report().warnings()).extracting(Problem::toString).containsExactly(
                "ram.csv:2: organisationsnummer/org_number: organisationsnummer " + orgNumber(7, 1) + " starts with 7, "
                        + "which is unusual for a Ideell förening (kept as it is: the group digit is a hint, not a "
                        + "rule)");
    }

    @Test
    void english_headers_in_any_order_are_read_too() {
        TabularSource english = TabularSource.of("frame.csv", List.of("name", "org_number", "legal_form",
                "street", "postal_code", "town", "municipality_code"), List.of(
                        List.of("Ragunda Bygdeservice", orgNumber(7, 9), "economic association", "Box 12", "SE-840 70",
                                "Hammarstrand", "2303")));

        ImportSamplingFrame.Result result = importFrame(english);

        assertThat(result.population()).isEqualTo(1);
        FrameUnit unit = sesi.survey().listSamplingFrame().population().get(0).unit();
        assertThat(unit.address().postalCode().formatted()).isEqualTo("840 70");
        assertThat(unit.address().careOf()).isEmpty();
        assertThat(unit.businessActivity()).isEqualTo(BusinessActivity.UNKNOWN);
    }

    @Test
    void without_a_pre_study_the_frame_cannot_be_checked() {
        InMemorySesiPorts empty = new InMemorySesiPorts();

        assertThatThrownBy(() -> TestValidation.application(empty).survey().importSamplingFrame().importFrame(
                new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv", 1, 1), ImportOptions.ALL_OR_NOTHING)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi init");
    }
}
