package se.coompanion.sesi.application.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class CompetenceServiceTest {

    static final List<String> HEADER = List.of("nyckel", "omrade", "namn", "namn_en", "omradesnamn", "omradesnamn_en");
    static final OrganisationNumber GRONA = OrganisationNumber.parse("769637-4128");
    static final OrganisationNumber RETUR = OrganisationNumber.parse("769638-1255");

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private ImportCompetenceFramework.Result importFramework(List<List<String>> rows) {
        return sesi.competence().importCompetenceFramework().importFramework(new ImportCompetenceFramework.Command(
                TabularSource.of("ramverk.csv", HEADER, rows)));
    }

    /** The rated enterprises are actors of the register, as every store of ratings requires. */
    @BeforeEach
    void the_enterprises_are_registered() {
        sesi.actors().addActor().add(new AddActor.Command("Gröna Händer ek. för.", GRONA.formatted(), null,
                List.of("WORK_INTEGRATION_SOCIAL_ENTERPRISE"), null, null, null, null, null, null));
        sesi.actors().addActor().add(new AddActor.Command("Retur ek. för.", RETUR.formatted(), null,
                List.of("SOCIAL_ENTERPRISE"), null, null, null, null, null, null));
    }

    private static Rating rating(OrganisationNumber enterprise, String key, int current, int required) {
        return new Rating(enterprise, CompetenceKey.parse(key), Level.of(current), Level.of(required));
    }

    @Test
    void the_standard_framework_is_in_use_until_a_project_imports_its_own() {
        assertThat(sesi.competence().showCompetenceFramework().show().standard()).isTrue();
        assertThat(sesi.competence().showCompetenceFramework().show().framework()).isEqualTo(
                CompetenceFramework.standard());

        ImportCompetenceFramework.Result imported = importFramework(List.of(
                List.of("upphandling", "social_ekonomi", "Upphandling", "Procurement", "Social ekonomi", "Social economy"),
                List.of("handledning", "social_ekonomi", "Handledning", "", "", ""),
                List.of("digitalt", "vardag", "Digital kompetens", "Digital skills", "", "")));

        assertThat(imported.unchanged()).isFalse();
        assertThat(sesi.competence().showCompetenceFramework().show().standard()).isFalse();
        CompetenceFramework framework = sesi.competence().showCompetenceFramework().show().framework();
        assertThat(framework.competences()).extracting(c -> c.key().value())
                .containsExactly("upphandling", "handledning", "digitalt");
        assertThat(framework.require("handledning").area().name(Locale.ROOT)).isEqualTo("Social economy");
        assertThat(framework.require("handledning").name(Locale.ROOT)).isEqualTo("Handledning");
        assertThat(importFramework(List.of(
                List.of("upphandling", "social_ekonomi", "Upphandling", "Procurement", "Social ekonomi", "Social economy"),
                List.of("handledning", "social_ekonomi", "Handledning", "", "", ""),
                List.of("digitalt", "vardag", "Digital kompetens", "Digital skills", "", ""))).unchanged()).isTrue();
    }

    @Test
    void every_problem_of_a_framework_file_is_reported_with_its_line() {
        assertThatThrownBy(() -> importFramework(List.of(
                List.of("upphandling", "social_ekonomi", "Upphandling", "", "Social ekonomi", ""),
                List.of("Upphandling", "social_ekonomi", "Igen", "", "", ""),
                List.of("styrelse", "social_ekonomi", "", "", "Socialekonomi", ""),
                List.of("1x", "", "X", "", "", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "ramverk.csv:3: nyckel/key: competence upphandling is on line 2 already: each key once (Upphandling)",
                                "ramverk.csv:4: namn/name: a value is required",
                                "ramverk.csv:4: omradesnamn/area_name: area social_ekonomi is named Social ekonomi on "
                                        + "line 2: give the same name on every line of the area, or only on one (Socialekonomi)",
                                "ramverk.csv:5: nyckel/key: Key 1x: write lower-case letters a-z and digits in words "
                                        + "joined by _, starting with a letter, at most 40 characters (for example "
                                        + "public_procurement)",
                                "ramverk.csv:5: omrade/area: a value is required"));
        assertThat(sesi.competence().showCompetenceFramework().show().standard()).isTrue();
    }

    @Test
    void a_framework_must_keep_every_competence_the_enterprises_rated() {
        ports.competenceRatings().addAll(List.of(rating(GRONA, "public_procurement", 2, 5),
                rating(GRONA, "digital_skills", 3, 4)));

        assertThatThrownBy(() -> importFramework(List.of(
                List.of("public_procurement", "social_economy", "Upphandling", "", "", ""))))
                .isInstanceOf(ConflictException.class).hasMessageContaining("lacks competences the enterprises "
                        + "have rated: digital_skills");
        assertThat(sesi.competence().showCompetenceFramework().show().standard()).isTrue();
    }

    @Test
    void the_ranking_and_the_progress_come_from_the_ratings() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        // public_procurement: gaps 5-2=3 and 4-2=2, sum 5; required 5+4=9, N=2, mean 4.5: MWDS = 5 * 4.5 / 2 = 11.25
        // digital_skills: gap 4-3=1; required 4, N=1: MWDS = 1 * 4 / 1 = 4.0
        ports.competenceRatings().addAll(List.of(rating(GRONA, "public_procurement", 2, 5),
                rating(RETUR, "public_procurement", 2, 4), rating(GRONA, "digital_skills", 3, 4)));

        RankCompetences.Result result = sesi.competence().rankCompetences().rank();

        assertThat(result.ranking()).extracting(r -> r.score().competence().key().value())
                .containsExactly("public_procurement", "digital_skills");
        assertThat(result.ranking().get(0).score().mwds()).isEqualByComparingTo("11.25");
        assertThat(result.ranking().get(0).score().gapAtLeastTwo()).isEqualTo(2);
        assertThat(result.enterprises()).isEqualTo(2);
        assertThat(result.unrated()).hasSize(25 - 2);
        ActivityProgress progress = sesi.preStudy().showProgress().show().activities().stream()
                .filter(a -> a.key() == ActivityKey.COMPETENCE_MAPPING).findFirst().orElseThrow();
        // 2 distinct enterprises of 10
        assertThat(progress.actual()).isEqualTo(2);
        assertThat(progress.target()).isEqualTo(10);
        assertThat(progress.details()).extracting(Object::toString).containsExactly("3 ratings of 2 competences");
    }
}
