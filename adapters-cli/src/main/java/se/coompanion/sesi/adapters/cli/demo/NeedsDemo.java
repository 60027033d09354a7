package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * The needs analysis: assessments in 12 of the 15 municipalities of Mellersta Norrland (Ragunda, Bräcke and Berg
 * are still missing). Ten were interviewed (seven of them validated, one after a reopening), Härjedalen is booked
 * and Ånge planned. The needs come from {@code behov.csv} (copied into the demo directory and imported as a user
 * would; the same file as {@code docs/examples/behov.csv}); meetings and status changes go through the same use
 * cases as the commands. The municipalities are real, the interviews and needs are made up.
 */
final class NeedsDemo implements DemoStep {

    /** The demo's needs file, on the class path beside this class and written into the demo directory. */
    static final String FILE = "behov.csv";

    /**
     * One municipality's visit.
     *
     * @param code      municipality code
     * @param planned   day planned
     * @param booked    day booked, or null when the interview was held without a recorded booking
     * @param meeting   day of the interview (conducted), or null
     * @param format    how it was held
     * @param roles     participants' roles
     * @param counts    women, men, non-binary, not stated
     * @param validated day the municipality confirmed the summary, or null
     */
    private record Visit(String code, String planned, String booked, String meeting, MeetingFormat format,
            List<String> roles, int[] counts, String validated) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("2281", "2024-02-05", "2024-02-20", "2024-03-12", MeetingFormat.ON_SITE,
                    List.of("Arbetsmarknadschef", "Socialchef", "Upphandlare"), new int[] {2, 1, 0, 0}, "2024-04-02"),
            new Visit("2380", "2024-02-05", "2024-02-27", "2024-03-19", MeetingFormat.ON_SITE,
                    List.of("Näringslivschef", "Samordnare ungdomscentrum"), new int[] {1, 1, 0, 0}, "2024-04-05"),
            new Visit("2280", "2024-02-12", "2024-03-01", "2024-03-21", MeetingFormat.DIGITAL,
                    List.of("Socialchef", "Enhetschef daglig verksamhet"), new int[] {2, 0, 0, 0}, "2024-04-11"),
            new Visit("2284", "2024-02-12", "2024-03-11", "2024-04-03", MeetingFormat.ON_SITE,
                    List.of("Näringslivsbolaget", "Arbetsmarknadsenheten"), new int[] {1, 2, 0, 0}, "2024-04-24"),
            new Visit("2262", "2024-02-19", "2024-03-18", "2024-04-08", MeetingFormat.DIGITAL,
                    List.of("Arbetsmarknadschef", "Samordningsförbundet"), new int[] {1, 1, 1, 0}, "2024-04-29"),
            new Visit("2282", "2024-02-19", null, "2024-04-10", MeetingFormat.PHONE,
                    List.of("Landsbygdsutvecklare"), new int[] {1, 0, 0, 0}, null),
            new Visit("2283", "2024-02-26", "2024-03-25", "2024-04-15", MeetingFormat.ON_SITE,
                    List.of("Kommundirektör", "Landsbygdsutvecklare"), new int[] {0, 2, 0, 0}, "2024-05-08"),
            new Visit("2321", "2024-02-26", "2024-03-27", "2024-04-17", MeetingFormat.DIGITAL,
                    List.of("Näringslivschef", "Arbetsmarknadsenheten"), new int[] {2, 1, 0, 0}, null),
            new Visit("2309", "2024-03-04", "2024-04-02", "2024-04-22", MeetingFormat.PHONE,
                    List.of("Socialchef"), new int[] {1, 0, 0, 1}, "2024-05-13"),
            new Visit("2313", "2024-03-04", "2024-04-03", "2024-04-24", MeetingFormat.ON_SITE,
                    List.of("Kommunalråd", "Näringslivschef", "Landsbygdsutvecklare"), new int[] {1, 2, 0, 0}, null),
            new Visit("2361", "2024-04-02", "2024-05-02", null, null, List.of(), null, null),
            new Visit("2260", "2024-05-06", null, null, null, List.of(), null, null));

    @Override
    public Message title() {
        return Message.of(NeedsDemo.class, "demo.step.needs");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        for (Visit visit : VISITS) {
            sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(Municipality.of(visit.code()),
                    LocalDate.parse(visit.planned())));
        }
        Path file = DemoFiles.copy(FILE, directory);
        sesi.needs().importNeeds().importNeeds(new ImportNeeds.Command(CsvFileSource.open(file,
                FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        for (Visit visit : VISITS) {
            Municipality municipality = Municipality.of(visit.code());
            if (visit.booked() != null) {
                status(sesi, municipality, AssessmentStatus.BOOKED, visit.booked());
            }
            if (visit.meeting() != null) {
                int[] n = visit.counts();
                sesi.needs().recordMeeting().record(new RecordMeeting.Command(municipality,
                        LocalDate.parse(visit.meeting()), visit.format(), visit.roles(), n[0], n[1], n[2], n[3], null));
                status(sesi, municipality, AssessmentStatus.CONDUCTED, visit.meeting());
            }
            if (visit.validated() != null) {
                status(sesi, municipality, AssessmentStatus.VALIDATED, visit.validated());
            }
        }
        reopenOstersund(sesi);
    }

    /** Östersund asked to add a need after it had validated its summary: reopened, completed, validated again. */
    private static void reopenOstersund(SesiApplication sesi) {
        Municipality ostersund = Municipality.of("2380");
        sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(ostersund,
                AssessmentStatus.CONDUCTED, LocalDate.parse("2024-05-06"), true,
                "Kommunen ville lägga till behovet av reserverade kontrakt efter en dialog med upphandlarna"));
        sesi.needs().recordMeeting().record(new RecordMeeting.Command(ostersund, LocalDate.parse("2024-05-06"),
                MeetingFormat.PHONE, List.of("Upphandlingschef"), 0, 1, 0, 0, "Kompletterande samtal"));
        sesi.needs().recordNeed().record(new RecordNeed.Command(ostersund, NeedTheme.of(Theme.PUBLIC_PROCUREMENT),
                Priority.MEDIUM, Set.of(), "Reserverade kontrakt för arbetsintegrerande sociala företag",
                "Upphandlingsenheten", "Telefonsamtal med upphandlingschefen 2024-05-06"));
        status(sesi, ostersund, AssessmentStatus.VALIDATED, "2024-05-20");
    }

    private static void status(SesiApplication sesi, Municipality municipality, AssessmentStatus status, String date) {
        sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(municipality, status,
                LocalDate.parse(date), false, null));
    }
}
