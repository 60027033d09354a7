package se.coompanion.sesi.application.synthesis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.SurveyFiles;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * A small pre-study with evidence in every area the synthesis (and the implementation draft) reads (the SESI plan; the clock's day 2024-03-15):
 *
 * <pre>
 * needs        Sundsvall 2281: PUBLIC_PROCUREMENT HIGH, FINANCING LOW; Timrå 2262: PUBLIC_PROCUREMENT MEDIUM;
 *              Östersund 2380: WORK_INTEGRATION HIGH; a meeting in Sundsvall with 2 women and 1 man
 * actors       Sundsvalls kommun (2281), Coompanion (the owner, 2281), Timrå kommun (2262), Gröna Händer
 *              (social enterprise, 2281), Café Fjällsippan (social enterprise, Åre 2321)
 * stakeholders Sundsvalls kommun CO_FINANCIER; Timrå kommun NONE
 * scan         source 1, finding 1 (public procurement)
 * competence   Gröna Händer: public_procurement 1/5, digital_skills 3/4, financing_and_grants 2/4;
 *              Café: public_procurement 2/4, digital_skills 3/3
 *              public_procurement: gaps 4 + 2 = 6, required 5 + 4 = 9, N 2: MWDS 6 x (9/2) / 2 = 13.5 (rank 1)
 *              financing_and_grants: gap 2, required 4, N 1: MWDS 2 x 4 / 1 = 8 (rank 2)
 *              digital_skills: gaps 1 + 0 = 1, required 7, N 2: MWDS 1 x 3.5 / 2 = 1.75 (rank 3)
 * survey       four ekonomiska föreningar in Sundsvall, all returned:
 *              stodstruktur 1, 2, 3, 1; behov_upphandling 5, 4, 2, 9; stod_onskat 4 | 1 | 1 | 2
 * seminar      held 2024-03-12 (hearing loop): item 1 "Inledning" (no outcome), item 2 social procurement rated
 *              5, 4, 4 (N 3, mean 13 / 3 = 4.33) with one conclusion; 2 women and 1 man walked in
 * learning     version 1 (2024-01-08): M1 procurement (public_procurement; adaptation "Material i förväg"),
 *              M2 marketing (marketing_and_sales); a pilot on 2024-01-30 with 2 women and 1 man;
 *              M1 evaluated by P01 (satisfaction 5, relevance 4, objective 1 from 2 to 4) and P02 (4, 5, 1 to 3)
 * </pre>
 */
public final class SynthesisFixture {

    public static final LocalDate MARCH = LocalDate.of(2024, 3, 1);

    public final InMemorySesiPorts ports = new InMemorySesiPorts();
    public final SesiApplication sesi = TestValidation.application(ports);

    /** A pre-study with nothing recorded but its plan. */
    public static SynthesisFixture started() {
        SynthesisFixture fixture = new SynthesisFixture();
        fixture.sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        return fixture;
    }

    /** The pre-study with the evidence above. */
    public static SynthesisFixture withEvidence() {
        SynthesisFixture f = started();
        f.actor("Sundsvalls kommun", "212000-2411", "MUNICIPALITY", "2281");
        f.actor("Coompanion Västernorrland", "716460-3867", "COOPERATIVE_DEVELOPMENT", "2281");
        f.actor("Timrå kommun", null, "MUNICIPALITY", "2262");
        f.actor("Gröna Händer", "769637-4128", "SOCIAL_ENTERPRISE", "2281");
        f.actor("Café Fjällsippan", "769639-0181", "SOCIAL_ENTERPRISE", "2321");
        f.assess("212000-2411", "CO_FINANCIER");
        f.assess("timra-kommun", "NONE");
        f.need("2281", Theme.PUBLIC_PROCUREMENT, Priority.HIGH, "Stöd att lämna anbud");
        f.need("2281", Theme.FINANCING, Priority.LOW, "Finansiering efter projekttiden");
        f.need("2262", Theme.PUBLIC_PROCUREMENT, Priority.MEDIUM, "Reserverade kontrakt");
        f.need("2380", Theme.WORK_INTEGRATION, Priority.HIGH, "Fler platser i arbetsträning");
        f.sesi.needs().recordMeeting().record(new RecordMeeting.Command(Municipality.of("2281"), MARCH,
                MeetingFormat.ON_SITE, List.of("Socialchef"), 2, 1, 0, 0, null));
        f.sesi.scan().registerSource().register(new RegisterSource.Command("REPORT", "Exempel: Rapport",
                "Exempelinstitutet", 2021, null, null, null, true, null));
        f.sesi.scan().recordFinding().record(new RecordFinding.Command("Få känner till reserverade kontrakt",
                List.of("PUBLIC_PROCUREMENT"), 3, "Ta med upphandling i lärprogrammet", List.of("1")));
        f.sesi.competence().importRatings().importRatings(new ImportRatings.Command(TabularSource.of("kompetens.csv",
                List.of("organisationsnummer", "kompetens", "nuvarande", "behov"), List.of(
                        List.of("769637-4128", "public_procurement", "1", "5"),
                        List.of("769637-4128", "digital_skills", "3", "4"),
                        List.of("769637-4128", "financing_and_grants", "2", "4"),
                        List.of("769639-0181", "public_procurement", "2", "4"),
                        List.of("769639-0181", "digital_skills", "3", "3"))), ImportOptions.ALL_OR_NOTHING));
        f.survey();
        f.seminar();
        f.learning();
        return f;
    }

    private void seminar() {
        sesi.seminar().createSeminar().create(new CreateSeminar.Command("Analysseminarium", LocalDate.of(2024, 3, 12),
                LocalDate.of(2024, 3, 5), "Folkets hus, Sundsvall", null, List.of("Hörslinga")));
        sesi.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, "Inledning", null, null));
        sesi.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, "Sociala hänsyn i upphandling",
                "SOCIAL_PROCUREMENT", null));
        sesi.seminar().recordOutcome().record(new RecordOutcome.Command(null, 2, "5,4,4",
                List.of("Pröva reserverade kontrakt i två kommuner"), false));
        sesi.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "WOMAN", 2));
        sesi.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "MAN", 1));
    }

    private void learning() {
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(
                "Socialt företagande i praktiken", null, null, LocalDate.of(2024, 1, 8)));
        sesi.learning().addModule().add(new AddModule.Command(null, null, "Upphandling", List.of("Skriva ett anbud"),
                List.of("public_procurement"), "CLASSROOM", "3", List.of("Material i förväg")));
        sesi.learning().addModule().add(new AddModule.Command(null, null, "Marknadsföring", List.of("Göra en säljplan"),
                List.of("marketing_and_sales"), "DIGITAL", "2", List.of()));
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 1, 30), List.of(),
                2, 1, 0, 0, "Sundsvall"));
        sesi.learning().importEvaluations().importEvaluations(new ImportEvaluations.Command(TabularSource.of(
                "utvardering.csv",
                List.of("pilot", "deltagare", "modul", "nöjdhet", "relevans", "före_1", "efter_1"), List.of(
                        List.of("1", "P01", "M1", "5", "4", "2", "4"),
                        List.of("1", "P02", "M1", "4", "5", "1", "3"))), ImportOptions.ALL_OR_NOTHING));
    }

    public void actor(String name, String number, String role, String municipality) {
        sesi.actors().addActor().add(new AddActor.Command(name, number, null, List.of(role), municipality, null, null,
                null, null, null));
    }

    public void assess(String actor, String candidacy) {
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command(actor, 4, 4, 1, null, candidacy,
                null, MARCH));
    }

    public void need(String municipality, Theme theme, Priority priority, String description) {
        sesi.needs().recordNeed().record(new RecordNeed.Command(Municipality.of(municipality), NeedTheme.of(theme),
                priority, java.util.Set.of(), description, null, null));
    }

    private void survey() {
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(SurveyFiles.dictionary("enkat.csv",
                List.of( SurveyFiles.question("behov_upphandling", "Behov", "Stöd i upphandling", "LIKERT_5",
                        "1, Inte alls | 2, Lite | 3, Delvis | 4, Till stor del | 5, Helt | 9, Vet ej", "n", "", "", ""),
                SurveyFiles.question("stod_onskat", "", "Önskat stöd", "MULTI",
                        "1, Rådgivning | 2, Utbildning | 3, Nätverk | 4, Ansökningar", "n", "", "", ""),
                SurveyFiles.question("stodstruktur", "Framtiden", "Vill föreningen delta i en stödstruktur?",
                        "SINGLE", "1, Ja, säkert | 2, Ja, kanske | 3, Nej | 9, Vet ej", "n", "", "", "")))));
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(SurveyFiles.frame("ram.csv", 1,
                4), ImportOptions.ALL_OR_NOTHING));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, MARCH.plusDays(10),
                Optional.empty()));
        key(1, "5", "4", "1");
        key(2, "4", "1", "2");
        key(3, "2", "1", "3");
        key(4, "9", "2", "1");
    }

    private void key(int unit, String procurement, String wishes, String structure) {
        sesi.survey().keyReturn().key(new KeyReturn.Command(ResponseId.of(unit).toString(), Map.of("behov_upphandling",
                procurement, "stod_onskat", wishes, "stodstruktur", structure), EntryPass.FIRST, OptionalInt.empty(),
                false, Optional.empty(), "anna"));
    }

    public RecordRecommendation.Result recommend(String statement, String priority, String... evidence) {
        return sesi.synthesis().recordRecommendation().record(new RecordRecommendation.Command(statement, priority,
                null, List.of(evidence)));
    }
}
