package se.coompanion.sesi.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The prototype learning programme of the demo, through the same use cases and files a user would: version 1 with
 * four modules (procurement, financing, supervision in work integration, a study visit), one pilot run on 30 January
 * 2024 with 12 participants (7 women, 4 men, 1 not stated), their 47 evaluation forms written to
 * {@code larprogram/utvardering-pilot-1.csv} and imported (levels 1 and 2, the level-3 follow-ups planned), four
 * follow-ups done, and version 2 made from what the pilot taught: the least relevant module shortened and made
 * digital, a new module on impact measurement. All evaluations are invented, reproducibly (fixed numbers).
 */
final class LearningDemo implements DemoStep {

    static final String FOLDER = "larprogram";
    static final String EVALUATIONS = "utvardering-pilot-1.csv";

    private static final LocalDate VERSION_1 = LocalDate.of(2024, 1, 8);
    private static final LocalDate PILOT = LocalDate.of(2024, 1, 30);
    private static final LocalDate VERSION_2 = LocalDate.of(2024, 3, 5);
    private static final LocalDate FOLLOW_UP = LocalDate.of(2024, 4, 30);
    private static final List<String> ADAPTATIONS = List.of("Material i förväg i tillgängligt format",
            "Hörslinga", "Digitalt deltagande möjligt");

    /** Satisfaction and relevance per module (M1-M4) and participant (P01-P12). */
    private static final int[][] SATISFACTION = {
        {5, 4, 5, 4, 4, 5, 3, 4, 5, 4, 4, 5},
        {4, 4, 3, 5, 4, 4, 4, 3, 4, 5, 4, 4},
        {3, 4, 3, 3, 4, 2, 3, 4, 3, 3, 4, 3},
        {5, 5, 4, 5, 5, 4, 5, 5, 4, 5, 5, 4}};
    private static final int[][] RELEVANCE = {
        {5, 5, 4, 5, 4, 5, 4, 5, 5, 4, 5, 5},
        {4, 5, 4, 4, 0, 4, 5, 4, 4, 4, 5, 4},
        {3, 3, 4, 2, 3, 3, 4, 3, 3, 2, 4, 3},
        {4, 4, 5, 4, 4, 3, 4, 4, 5, 4, 4, 4}};
    private static final int[] OBJECTIVES = {3, 2, 2, 1};
    private static final int PARTICIPANTS = 12;

    @Override
    public Message title() {
        return Message.of(LearningDemo.class, "demo.step.learning");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(
                "Socialt företagande i praktiken", null, null, VERSION_1));
        module(sesi, "Sociala hänsyn i upphandling och anbud", List.of(
                "Förklara reserverade kontrakt och sociala hänsyn i upphandling",
                "Hitta och läsa ett förfrågningsunderlag", "Skriva ett enkelt anbud"),
                List.of("public_procurement"), "BLENDED", "6");
        module(sesi, "Finansiering och bidragsansökningar", List.of(
                "Känna till finansieringskällor för sociala företag", "Skriva en projektansökan"),
                List.of("financing_and_grants", "financial_management"), "CLASSROOM", "4");
        module(sesi, "Handledning i arbetsintegrering", List.of("Planera introduktionen av en ny medarbetare",
                "Leda ett uppföljningssamtal"), List.of("work_integration_supervision", "work_environment"),
                "BLENDED", "6");
        module(sesi, "Studiebesök hos ett arbetsintegrerande socialt företag", List.of(
                "Beskriva hur ett arbetsintegrerande socialt företag organiserar arbetsträning"),
                List.of("public_sector_cooperation"), "STUDY_VISIT", "4");
        sesi.learning().recordPilotRun().record(new RecordPilotRun.Command(1, PILOT, List.of(), 7, 4, 0, 1,
                "Coompanion, Sundsvall, och digitalt"));

        Path file = directory.resolve(FOLDER).resolve(EVALUATIONS);
        writeEvaluations(file);
        sesi.learning().importEvaluations().importEvaluations(new ImportEvaluations.Command(CsvFileSource.open(file,
                FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        followUp(sesi, "P01", "YES", "Har lämnat ett anbud på ett reserverat kontrakt");
        followUp(sesi, "P02", "PARTLY", "Använder anbudsmallen, men inte ansökningsmallen");
        followUp(sesi, "P03", "YES", "Har infört en introduktionsplan för nya medarbetare");
        followUp(sesi, "P04", "NO", "Har inte haft tillfälle ännu");

        sesi.learning().createProgrammeVersion().create(new CreateProgrammeVersion.Command(null,
                "M3 kortas till 4 timmar och ges digitalt; ny modul M5 om effektmätning och social nytta",
                "Piloten: deltagarna gav handledningsmodulen lägst relevans och efterfrågade effektmätning, "
                        + "ett av de största kompetensgapen i kartläggningen", VERSION_2));
        sesi.learning().changeModule().change(new ChangeModule.Command(2, "M3", null, null, null, "DIGITAL", "4",
                null));
        module(sesi, "Effektmätning och social nytta", List.of("Välja indikatorer för social nytta",
                "Redovisa effekter för en finansiär"), List.of("impact_measurement"), "CLASSROOM", "3");
    }

    private static void module(SesiApplication sesi, String title, List<String> objectives, List<String> competences,
            String delivery, String hours) {
        sesi.learning().addModule().add(new AddModule.Command(null, null, title, objectives, competences, delivery,
                hours, ADAPTATIONS));
    }

    private static void followUp(SesiApplication sesi, String participant, String applied, String note) {
        sesi.learning().recordFollowUp().record(new RecordFollowUp.Command(1, participant, null, null, FOLLOW_UP,
                applied, note));
    }

    /**
     * The evaluation forms as the team would key them: one row per participant and module; P12 missed the study
     * visit and P05 left the relevance of M2 blank. The levels before are 1-3 and the gains 0-3 (smaller in M3), from
     * a fixed rule; every participant's follow-up is planned on each of their rows, 14 to 25 weeks after the run.
     */
    static void writeEvaluations(Path file) {
        List<String> header = List.of("pilot", "deltagare", "modul", "nöjdhet", "relevans", "före_1", "efter_1",
                "före_2", "efter_2", "före_3", "efter_3", "uppföljning_planerad");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                            .get())) {
                printer.printRecord(header);
                for (int p = 1; p <= PARTICIPANTS; p++) {
                    for (int m = 1; m <= OBJECTIVES.length; m++) {
                        if (p == PARTICIPANTS && m == 4) {
                            continue;
                        }
                        printer.printRecord(row(p, m));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> row(int p, int m) {
        List<String> row = new ArrayList<>(List.of("1", String.format("P%02d", p), "M" + m,
                String.valueOf(SATISFACTION[m - 1][p - 1]), RELEVANCE[m - 1][p - 1] == 0 ? ""
                        : String.valueOf(RELEVANCE[m - 1][p - 1])));
        for (int o = 1; o <= 3; o++) {
            if (o <= OBJECTIVES[m - 1]) {
                int before = 1 + (p * p + o + m) % 3;
                int gain = m == 3 ? (p * p + o) % 2 : 1 + (p * p + 2 * o + m) % 3;
                row.add(String.valueOf(before));
                row.add(String.valueOf(Math.min(5, before + gain)));
            } else {
                row.add("");
                row.add("");
            }
        }
        row.add(PILOT.plusWeeks(13 + p).toString());
        return row;
    }
}
