package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.adapters.documents.OutputFile;
import se.coompanion.sesi.adapters.cli.seminar.ReminderList;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The analysis seminar of the demo, through the same use cases a user would call: a hybrid seminar in Sundsvall on
 * 16 April 2024 on four methods and models, 30 invitations to contact persons of the register (20 of them added
 * here: invented people, addresses on the reserved domain .example, phone numbers in the range PTS keeps for fiction),
 * answers by email, phone, letter and in person (one after the answer day), a reminder with its list
 * ({@code seminarium/paminnelse-2024-04-02.csv}), 18 guests checked in with their gender and 2 walk-ins, each method's
 * relevance ratings and conclusions, minutes made final and then corrected in a second final version
 * ({@code seminarium/minnesanteckningar.md}), and the participants' evaluation. Everything is invented.
 */
final class SeminarDemo implements DemoStep {

    static final String FOLDER = "seminarium";
    static final String REMINDER_FILE = "paminnelse-2024-04-02.csv";
    static final String MINUTES_FILE = "minnesanteckningar.md";

    private static final LocalDate SEMINAR_DAY = LocalDate.of(2024, 4, 16);
    private static final LocalDate INVITED_ON = LocalDate.of(2024, 3, 11);
    private static final LocalDate REMINDED_ON = LocalDate.of(2024, 4, 2);
    private static final LocalDate ANSWER_BY = LocalDate.of(2024, 4, 5);

    /**
     * A guest and what happened: the answer (ACCEPTED, DECLINED, or null for none) with its day and channel, and the
     * gender given at check-in (null: did not come).
     */
    private record Guest(String name, String answer, LocalDate answeredOn, String via, String checkedIn) {
    }

    /** The contact persons added for the seminar: actor, name, title, email, phone. */
    private static final String[][] NEW_CONTACTS = {
        {"Timrå kommun", "Johanna Lundgren", "Arbetsmarknadsstrateg", "johanna.lundgren@timra.example",
            "070-174 06 51"},
        {"Härnösands kommun", "Mikael Åström", "Näringslivschef", "mikael.astrom@harnosand.example",
            "070-174 06 52"},
        {"Kramfors kommun", "Sofia Nyberg", "Enhetschef arbetsmarknad", "sofia.nyberg@kramfors.example", null},
        {"Sollefteå kommun", "Per-Olof Granberg", "Upphandlare", null, "070-174 06 54"},
        {"Örnsköldsviks kommun", "Linnea Hägglund", "Upphandlingschef", "linnea.hagglund@ornskoldsvik.example",
            "070-174 06 55"},
        {"Ånge kommun", "Anna Forsberg", "Utvecklingsstrateg", "anna.forsberg@ange.example", null},
        {"Ragunda kommun", "Henrik Sundqvist", "Kommunchef", "henrik.sundqvist@ragunda.example", "070-174 06 57"},
        {"Bräcke kommun", "Emma Jonsson", "Folkhälsosamordnare", null, "070-174 06 58"},
        {"Krokoms kommun", "Karl Wallin", "Arbetsmarknadshandläggare", "karl.wallin@krokom.example", null},
        {"Strömsunds kommun", "Ida Eriksson", "Landsbygdsutvecklare", "ida.eriksson@stromsund.example",
            "070-174 06 60"},
        {"Åre kommun", "Jonas Olofsson", "Näringslivsutvecklare", "jonas.olofsson@are.example", null},
        {"Försäkringskassan", "Helena Strand", "Samverkansansvarig", "helena.strand@fk.example", null},
        {"Samordningsförbundet Storsjöbygden", "Nils Bergström", "Förbundschef",
            "nils.bergstrom@storsjobygden.example", "070-174 06 63"},
        {"Returverket Härnösand ek. för.", "Amina Hassan", "Verksamhetsledare", "amina@returverket.example", null},
        {"Bygdeservice Ragunda ek. för.", "Lars Nilsson", "Ordförande", null, "070-174 06 65"},
        {"Steget Vidare Kramfors ek. för.", "Zeynep Demir", "Handledare", "zeynep@stegetvidare.example", null},
        {"Krokoms Trädgårdskooperativ ek. för.", "Kristina Olsson", "Verksamhetsledare",
            "kristina@tradgardskooperativet.example", "070-174 06 67"},
        {"Föreningen Ljungandalens Mötesplats", "Eva Sjöberg", "Ordförande", "eva.sjoberg@motesplatsen.example",
            null},
        {"Sollefteå Återbruk ideell förening", "Björn Holm", "Kassör", "bjorn.holm@aterbruk.example", null},
        {"Omtanken Bemanning AB (svb)", "Sara Lindberg", "Vd", "sara.lindberg@omtanken.example", "070-174 06 70"},
    };

    private static final List<Guest> GUESTS = List.of(
            guest("Maria Sjödin", "ACCEPTED", 2, "EMAIL", "WOMAN"),
            guest("Anders Nordin", "ACCEPTED", 3, "EMAIL", "MAN"),
            guest("Lena Öberg", "ACCEPTED", 4, "EMAIL", "WOMAN"),
            guest("Johan Berglund", "DECLINED", 8, "EMAIL", null),
            guest("Sara Holmgren", "ACCEPTED", 1, "PHONE", "WOMAN"),
            guest("Ahmed Yusuf", "ACCEPTED", 10, "FORM", "MAN"),
            guest("Elin Persson", "ACCEPTED", 18, "EMAIL", "WOMAN"),
            guest("Erik Lindström", "ACCEPTED", 7, "EMAIL", "MAN"),
            guest("Karin Eklund", "ACCEPTED", 9, "EMAIL", "WOMAN"),
            guest("Fatima Al-Sayed", "ACCEPTED", 24, "PHONE", "WOMAN"),
            guest("Johanna Lundgren", "ACCEPTED", 2, "EMAIL", "WOMAN"),
            guest("Mikael Åström", "ACCEPTED", 11, "EMAIL", null),
            guest("Sofia Nyberg", "ACCEPTED", 16, "EMAIL", "WOMAN"),
            guest("Per-Olof Granberg", "DECLINED", 15, "LETTER", null),
            guest("Linnea Hägglund", "ACCEPTED", 23, "EMAIL", null),
            guest("Anna Forsberg", "ACCEPTED", 4, "EMAIL", "WOMAN"),
            guest("Henrik Sundqvist", null, 0, null, null),
            guest("Emma Jonsson", "ACCEPTED", 31, "PHONE", "WOMAN"),
            guest("Karl Wallin", "DECLINED", 25, "EMAIL", null),
            guest("Ida Eriksson", "ACCEPTED", 8, "EMAIL", "NOT_STATED"),
            guest("Jonas Olofsson", null, 0, null, null),
            guest("Helena Strand", "ACCEPTED", 14, "EMAIL", null),
            guest("Nils Bergström", "ACCEPTED", 17, "EMAIL", "MAN"),
            guest("Amina Hassan", "ACCEPTED", 21, "IN_PERSON", "WOMAN"),
            guest("Lars Nilsson", null, 0, null, null),
            guest("Zeynep Demir", "ACCEPTED", 22, "EMAIL", "WOMAN"),
            guest("Kristina Olsson", "DECLINED", 28, "PHONE", null),
            guest("Eva Sjöberg", null, 0, null, null),
            guest("Björn Holm", "ACCEPTED", 9, "EMAIL", "MAN"),
            guest("Sara Lindberg", "ACCEPTED", 25, "EMAIL", null));

    private static final String MINUTES = """
            # Analysseminarium: metoder och modeller för jobb och kompetens i Mellersta Norrland

            Sundsvall, Folkets hus, och digitalt, 16 april 2024. 20 deltagare (12 kvinnor, 7 män, 1 ej angivet) \
            från kommuner, regionerna, myndigheter, samordningsförbund, sociala företag och idéburna föreningar.
            Tillgänglighet: hörslinga, lokal utan trappsteg, textning i den digitala sändningen.

            ## 1. Förstudiens resultat hittills
            Projektledningen redovisade behovsanalysen, enkäten och kompetenskartläggningen.

            ## 2. Sociala hänsyn i upphandling och reserverade kontrakt
            Kommunerna vill pröva reserverade kontrakt; dialog före annonsering och anbudsstöd efterfrågas.

            ## 3. Arbetsintegrerande sociala företag som väg till jobb
            Handledningen behöver långsiktig finansiering; samordningsförbunden kan bidra.

            ## 4. Starthjälp för kooperativ i glesbygd
            Rådgivning behövs närmare glesbygden, digitalt och på plats; kvinnors kooperativa företagande lyfts.

            ## 5. Idéburet offentligt partnerskap (IOP)
            IOP är okänt i flera kommuner; en vägledning och en pilot per län föreslås.

            ## Fortsättning
            Slutsatserna förs in i förstudiens rekommendationer till genomförandeprojektet.
            """;

    private static final String CORRECTION = """

            ## Rättelse (version 2)
            Under punkt 3 ska det stå att Samordningsförbundet Storsjöbygden, inte Ljungan-Indal, erbjöd sig att \
            finansiera arbetsträning.
            """;

    @Override
    public Message title() {
        return Message.of(SeminarDemo.class, "demo.step.seminar");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        for (String[] c : NEW_CONTACTS) {
            sesi.actors().addContact().add(new AddContact.Command(ActorKey.fromName(c[0]).value(), c[1], c[2], c[3],
                    c[4], null));
        }
        Map<String, String> contactByName = new HashMap<>();
        for (ListContacts.Listed listed : sesi.actors().listContacts().list(Optional.empty())) {
            contactByName.put(listed.contact().details().name(), listed.contact().id().toString());
        }
        sesi.seminar().createSeminar().create(new CreateSeminar.Command(
                "Metoder och modeller för jobb och kompetens i Mellersta Norrland", SEMINAR_DAY,
                ANSWER_BY, "Folkets hus, Sundsvall", "https://meet.example/sesi-analysseminarium",
                List.of("Hörslinga i stora salen", "Lokal utan trappsteg och tillgänglig toalett",
                        "Textning i den digitala sändningen", "Material i förväg i tillgängligt format")));
        agenda(sesi, "Förstudiens resultat hittills", null);
        agenda(sesi, "Sociala hänsyn i upphandling och reserverade kontrakt", "SOCIAL_PROCUREMENT");
        agenda(sesi, "Arbetsintegrerande sociala företag som väg till jobb", "WORK_INTEGRATION");
        agenda(sesi, "Starthjälp för kooperativ i glesbygd", "COOPERATIVE_START_UP");
        agenda(sesi, "Idéburet offentligt partnerskap (IOP)", "IOP");

        List<String> invited = new ArrayList<>();
        GUESTS.forEach(g -> invited.add(contactByName.get(g.name())));
        sesi.seminar().inviteContacts().invite(new InviteContacts.Command(null, invited, List.of(), INVITED_ON));
        List<Guest> answered = new ArrayList<>(GUESTS.stream().filter(g -> g.answer() != null).toList());
        answered.sort((a, b) -> a.answeredOn().compareTo(b.answeredOn()));
        for (Guest g : answered.stream().filter(g -> !g.answeredOn().isAfter(REMINDED_ON)).toList()) {
            answer(sesi, contactByName.get(g.name()), g);
        }
        SendReminder.Result reminder = sesi.seminar().sendReminder().remind(new SendReminder.Command(null, REMINDED_ON,
                List.of(), List.of()));
        ReminderList.write(directory.resolve(FOLDER).resolve(REMINDER_FILE), reminder.recipients());
        for (Guest g : answered.stream().filter(g -> g.answeredOn().isAfter(REMINDED_ON)).toList()) {
            answer(sesi, contactByName.get(g.name()), g);
        }

        for (Guest g : GUESTS) {
            if (g.checkedIn() != null) {
                sesi.seminar().checkInAttendee().checkIn(new CheckInAttendee.Command(null, contactByName.get(g.name()),
                        g.checkedIn(), false));
            }
        }
        sesi.seminar().recordWalkIns().record(new RecordWalkIns.Command(null, "MAN", 2));

        outcome(sesi, 2, "5,5,4,4,5,3,4,5,4,4,5,3,4,5,5,4,2,4",
                "Kommunerna vill pröva reserverade kontrakt för arbetsintegrerande sociala företag",
                "Upphandlare och sociala företag behöver mötas före annonsering (dialog)",
                "Stödstrukturen bör erbjuda anbudsstöd till små sociala företag");
        outcome(sesi, 3, "5,5,5,4,4,5,4,5,3,4,5,5,4,4,5,4,5",
                "Arbetsintegrerande sociala företag behöver långsiktig finansiering av handledning",
                "Samordningsförbunden kan finansiera arbetsträning via sociala företag");
        outcome(sesi, 4, "4,3,4,5,3,4,4,3,5,4,3,4,4,3,5,4",
                "Starthjälp behövs närmare glesbygden: rådgivning digitalt och på plats",
                "Kvinnors kooperativa företagande bör lyftas särskilt");
        outcome(sesi, 5, "4,5,3,4,4,3,5,4,4,3,4,5,4,2,4,4,3,4",
                "IOP är okänt i flera kommuner: en vägledning behövs",
                "Pröva IOP i minst en kommun per län i genomförandeprojektet");

        sesi.seminar().writeMinutes().write(new WriteMinutes.Command(null, MINUTES, true));
        sesi.seminar().writeMinutes().write(new WriteMinutes.Command(null, MINUTES + CORRECTION, false));
        sesi.seminar().finaliseMinutes().finalise(new FinaliseMinutes.Command(null));
        OutputFile.write(directory.resolve(FOLDER).resolve(MINUTES_FILE), MINUTES + CORRECTION);

        sesi.seminar().recordSeminarEvaluation().record(new RecordSeminarEvaluation.Command(null,
                "5,4,4,5,3,4,5,5,4,4,5,4,3,5,4,5,4", List.of(
                        "Bra blandning av kommuner, myndigheter och sociala företag",
                        "Mer tid för diskussion i grupp",
                        "Hörslingan fungerade bra",
                        "Den digitala sändningen hackade under eftermiddagen")));
    }

    /** A guest whose answer came the given number of days after the invitation was sent. */
    private static Guest guest(String name, String answer, int daysAfterInvitation, String via, String checkedIn) {
        return new Guest(name, answer, answer == null ? null : INVITED_ON.plusDays(daysAfterInvitation), via,
                checkedIn);
    }

    private static void agenda(SesiApplication sesi, String title, String method) {
        sesi.seminar().addAgendaItem().add(new AddAgendaItem.Command(null, title, method, null));
    }

    private static void answer(SesiApplication sesi, String contact, Guest g) {
        sesi.seminar().recordAnswer().answer(new RecordAnswer.Command(null, contact, g.answer(), g.via(),
                g.answeredOn(), false));
    }

    private static void outcome(SesiApplication sesi, int item, String ratings, String... conclusions) {
        sesi.seminar().recordOutcome().record(new RecordOutcome.Command(null, item, ratings, List.of(conclusions),
                false));
    }
}
