package se.coompanion.sesi.adapters.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
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
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.survey.WaveType;
import se.coompanion.sesi.domain.survey.entry.EntryPass;

/**
 * A pre-study for the document tests, in memory (the application's fakes of the out-ports, a fixed clock of
 * 2024-03-25, the day the returns came back): the SESI plan, and in {@link #withEvidence()} the documented example
 * files of {@code docs/examples} read as an embedding program reads them ({@link CsvFileSource}: the actors are a
 * semicolon file, the second frame is Windows-1252) with a little evidence in every other area, so that every
 * document has charts and tables.
 *
 * <pre>
 * actors       docs/examples/aktorer.csv, and the other eight social enterprises that rated competences
 * needs        docs/examples/behov.csv
 * competence   docs/examples/kompetens.csv (but the rows of an association that is no social enterprise)
 * statistics   docs/examples/statistik.csv
 * survey       sesi-enkat.csv, urvalsram.csv and urvalsram-windows-1252.csv, the questionnaire mailed on
 *              2024-03-11, the seven returns of inmatning.csv (back by 2024-03-25: the forms are dated up to 03-21)
 * stakeholders Sundsvalls kommun (co-financier), Coompanion (co-applicant)
 * scan         one source and one finding
 * seminar      held 2024-03-13: one method rated 5, 4, 4, 3; four walk-ins
 * learning     version 1 with M1 and M2, pilot 1, the evaluations of utvardering.csv
 * synthesis    one recommendation on public procurement
 * </pre>
 */
public final class ExamplePreStudy {

    /** The documented example files. */
    public static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 11);

    /** 2024-03-25 09:00 in Sundsvall: every example form (dated 2024-03-13 to 2024-03-21) has come back. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-25T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    public final InMemorySesiPorts ports = new InMemorySesiPorts();
    public final SesiApplication sesi = SesiApplication.create(ports, TestValidation.validator(), CLOCK);

    private ExamplePreStudy() {
    }

    /** The SESI pre-study with nothing recorded but its plan. */
    public static ExamplePreStudy planOnly() {
        ExamplePreStudy study = new ExamplePreStudy();
        study.sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        return study;
    }

    /** The pre-study with the evidence of the class comment. */
    public static ExamplePreStudy withEvidence() {
        ExamplePreStudy study = planOnly();
        SesiApplication sesi = study.sesi;
        sesi.actors().importActors().importActors(new ImportActors.Command(file("aktorer.csv"),
                ImportOptions.ALL_OR_NOTHING));
        // the enterprises of kompetens.csv that aktorer.csv does not hold (it has 769637-4128 and 769644-3071)
        List<String> enterprises = List.of("559412-7036", "769638-1255", "769639-0181", "769640-2333", "769641-5467",
                "769642-8718", "769645-5125", "802541-3793");
        for (int i = 0; i < enterprises.size(); i++) {
            sesi.actors().addActor().add(new AddActor.Command("Socialt företag " + (i + 1), enterprises.get(i), null,
                    List.of("SOCIAL_ENTERPRISE"), "2281", null, null, null, null, null));
        }
        sesi.needs().importNeeds().importNeeds(new ImportNeeds.Command(file("behov.csv"),
                ImportOptions.ALL_OR_NOTHING));
        // the example register's women's association rates competences too, but it is no social enterprise: its rows
        // are left out
        sesi.competence().importRatings().importRatings(new ImportRatings.Command(file("kompetens.csv"),
                ImportOptions.skipInvalid((header, row, problems) -> { })));
        sesi.statistics().importStatistics().importStatistics(new ImportStatistics.Command(file("statistik.csv"),
                ImportOptions.ALL_OR_NOTHING));
        study.survey();
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("212000-2411", 5, 4, 1, "P,L,U",
                "CO_FINANCIER", "Äger arbetsmarknadsenheten", MARCH));
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("716460-3867", 3, 5, 2, "L,U",
                "CO_APPLICANT", null, MARCH));
        sesi.scan().registerSource().register(new RegisterSource.Command("REPORT",
                "Exempel: Sociala företag i regionen", "Exempelinstitutet", 2023, null, null, null, true, null));
        sesi.scan().recordFinding().record(new RecordFinding.Command("Få känner till reserverade kontrakt",
                List.of("PUBLIC_PROCUREMENT"), 3, "Ta med upphandling i lärprogrammet", List.of("1")));
        study.seminar();
        study.learning();
        sesi.synthesis().recordRecommendation().record(new RecordRecommendation.Command(
                "Bygg lärprogrammet kring offentlig upphandling", "HIGH", "Behoven och gapen pekar åt samma håll",
                List.of("need:PUBLIC_PROCUREMENT", "borich:public_procurement", "seminar:1/1")));
        return study;
    }

    /** An example file as a program reads it: encoding and separator detected. */
    public static TabularSource file(String name) {
        return CsvFileSource.open(EXAMPLES.resolve(name), FileEncoding.Choice.AUTO);
    }

    private void survey() {
        sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(file("sesi-enkat.csv")));
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(file("urvalsram.csv"),
                ImportOptions.ALL_OR_NOTHING));
        sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(file(
                "urvalsram-windows-1252.csv"), ImportOptions.ALL_OR_NOTHING));
        sesi.survey().sendContactWave().send(new SendContactWave.Command(WaveType.QUESTIONNAIRE, MARCH,
                Optional.empty()));
        sesi.survey().importReturns().importReturns(new ImportReturns.Command(file("inmatning.csv"),
                ImportOptions.ALL_OR_NOTHING, EntryPass.FIRST, OptionalInt.empty(), false,
                Optional.of(LocalDate.of(2024, 3, 25)), "anna"));
    }

    private void seminar() {
        sesi.seminar().createSeminar().create(new CreateSeminar.Command("Seminarium om stödstrukturer",
                LocalDate.of(2024, 3, 13),
                LocalDate.of(2024, 3, 6), "Campus Östersund", null, List.of("Textad presentation")));
        sesi.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, "Reserverade kontrakt", "SOCIAL_PROCUREMENT",
                null));
        sesi.seminar().recordOutcome().record(new RecordOutcome.Command(null, 1, "5,4,4,3",
                List.of("Två kommuner prövar reserverade kontrakt"), false));
        for (String gender : List.of("WOMAN", "WOMAN", "WOMAN", "MAN")) {
            sesi.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, gender, 1));
        }
    }

    private void learning() {
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(
                "Socialt företagande i praktiken", null, null, LocalDate.of(2024, 1, 8)));
        sesi.learning().addModule().add(new AddModule.Command(null, null, "Upphandling", List.of("Skriva ett anbud",
                "Förstå reserverade kontrakt", "Räkna på ett anbud"), List.of("public_procurement"), "CLASSROOM",
                "3", List.of("Material i förväg")));
        sesi.learning().addModule().add(new AddModule.Command(null, null, "Marknadsföring", List.of("Göra en säljplan",
                "Nå nya kunder"), List.of("marketing_and_sales"), "DIGITAL", "2", List.of()));
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(null, LocalDate.of(2024, 1, 30), List.of(),
                2, 1, 0, 0, "Sundsvall"));
        sesi.learning().importEvaluations().importEvaluations(new ImportEvaluations.Command(file("utvardering.csv"),
                ImportOptions.ALL_OR_NOTHING));
    }
}
