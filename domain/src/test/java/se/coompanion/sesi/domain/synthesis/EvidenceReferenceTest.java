package se.coompanion.sesi.domain.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.scan.FindingId;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

class EvidenceReferenceTest {

    @Test
    void every_kind_is_read_from_its_prefix_and_written_back_the_one_way_it_is_stored() {
        assertThat(EvidenceReference.parse("need:WORK_INTEGRATION")).isEqualTo(new EvidenceReference.Need(
                Optional.empty(), NeedTheme.of(Theme.WORK_INTEGRATION)));
        assertThat(EvidenceReference.parse("need:2281/work-integration")).isEqualTo(new EvidenceReference.Need(
                Optional.of(Municipality.of("2281")), NeedTheme.of(Theme.WORK_INTEGRATION)));
        assertThat(EvidenceReference.parse("finding:3")).isEqualTo(new EvidenceReference.Finding(new FindingId(3)));
        assertThat(EvidenceReference.parse("survey:stodstruktur/23"))
                .isEqualTo(new EvidenceReference.SurveyTable("stodstruktur", "23"));
        assertThat(EvidenceReference.parse("seminar:2")).isEqualTo(new EvidenceReference.SeminarOutcome(
                OptionalLong.empty(), 2));
        assertThat(EvidenceReference.parse("seminar:1/2")).isEqualTo(new EvidenceReference.SeminarOutcome(
                OptionalLong.of(1), 2));
        assertThat(EvidenceReference.parse("borich:Public-Procurement"))
                .isEqualTo(new EvidenceReference.BorichRank(new CompetenceKey("public_procurement")));
        assertThat(EvidenceReference.parse("pilot:m1")).isEqualTo(new EvidenceReference.PilotResult(
                OptionalInt.empty(), "M1"));
        assertThat(EvidenceReference.parse("pilot:2/M5")).isEqualTo(new EvidenceReference.PilotResult(
                OptionalInt.of(2), "M5"));
        assertThat(EvidenceReference.parse("partner:sundsvalls-kommun")).isEqualTo(
                new EvidenceReference.PartnerCandidate(ActorReference.parse("sundsvalls-kommun")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "need:2281/WORK_INTEGRATION; need:2281/WORK_INTEGRATION",
            " Behov : 2281 / work integration ; need:2281/WORK_INTEGRATION",
            "need:OTHER: Bostäder; need:OTHER: Bostäder",
            "iakttagelse:7; finding:7",
            "survey:stodstruktur/all; survey:stodstruktur",
            "enkät:stodstruktur/Ekonomisk förening; survey:stodstruktur/EKONOMISK_FORENING",
            "survey:stodstruktur/61; survey:stodstruktur/IDEELL_FORENING",
            "SEMINARIUM:1/3; seminar:1/3",
            "kompetensgap:impact measurement; borich:impact_measurement",
            "pilot:1/m2; pilot:1/M2",
            "partner:2120002411; partner:212000-2411"})
    void codes_are_canonical_whatever_the_spelling(String written, String code) {
        EvidenceReference reference = EvidenceReference.parse(written);

        assertThat(reference.code()).isEqualTo(code);
        assertThat(EvidenceReference.parse(reference.code())).isEqualTo(reference);
    }

    @Test
    void the_target_is_the_text_after_the_prefix() {
        assertThat(EvidenceReference.parse("survey:stodstruktur/23").target()).isEqualTo("stodstruktur/23");
        assertThat(EvidenceReference.parse("need:2281/FINANCING").kind()).isEqualTo(EvidenceKind.NEED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "need", "need:", ":3", "WORK_INTEGRATION"})
    void a_reference_without_kind_and_target_is_refused_with_an_example(String written) {
        assertThatThrownBy(() -> EvidenceReference.parse(written)).isInstanceOf(DomainException.class)
                .hasMessageContaining("KIND:WHAT").hasMessageContaining("need:2281/WORK_INTEGRATION");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "rumour:3; Evidence kind \"rumour\": allowed are need, finding, survey, seminar, borich, pilot, partner",
            "need:FINANCE; FINANCE",
            "need:9999/FINANCING; 9999",
            "finding:0; Finding 0",
            "finding:three; Finding three",
            "survey:Stöd struktur; Stöd struktur",
            "survey:stodstruktur/99; 99",
            "survey:stodstruktur/aktiebolag ab; give all, a county code (22) or a legal form",
            "seminar:a/2; seminar outcome \"a\"",
            "seminar:0; seminar outcome \"0\"",
            "borich:9lives; 9lives",
            "pilot:1/M 1; pilot result \"1/M 1\"",
            "pilot:0/M1; pilot result \"0\"",
            "partner:716460-3868; 716460-3868"})
    void a_malformed_target_names_the_reference_and_the_problem(String written, String problem) {
        assertThatThrownBy(() -> EvidenceReference.parse(written)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getMessage(Locale.ROOT)).contains(problem));
    }

    @Test
    void a_reference_longer_than_allowed_is_refused() {
        String longTheme = "need:OTHER: " + "x".repeat(EvidenceReference.MAX_LENGTH);

        assertThatThrownBy(() -> EvidenceReference.parse(longTheme)).isInstanceOf(DomainException.class)
                .hasMessageContaining("at most 300");
    }

    @Test
    void the_seminar_and_the_programme_version_can_be_filled_in_later() {
        EvidenceReference.SeminarOutcome item = (EvidenceReference.SeminarOutcome) EvidenceReference.parse("seminar:4");
        EvidenceReference.PilotResult module = (EvidenceReference.PilotResult) EvidenceReference.parse("pilot:M3");

        assertThat(item.of(1).code()).isEqualTo("seminar:1/4");
        assertThat(module.of(2).code()).isEqualTo("pilot:2/M3");
    }

    @Test
    void the_swedish_texts_name_the_reference_too() {
        assertThatThrownBy(() -> EvidenceReference.parse("need")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).getMessage(Locale.forLanguageTag("sv")))
                        .startsWith("Underlaget \"need\": skriv TYP:VAD"));
    }
}
