package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The actor register of Mellersta Norrland, imported through the real import path from {@code aktorer.csv} (copied
 * into the demo directory, so that the file can be read and imported again by hand): the 15 municipalities of
 * counties 22 and 23 with their real names and codes, both regions, Arbetsförmedlingen, Försäkringskassan,
 * Mittuniversitetet, the project owner, and invented samordningsförbund, social enterprises and associations
 * (marked "Fiktiv organisation (demodata)", with invented, Luhn-valid numbers). Real organisationsnummer are given
 * only where certain (Sundsvalls kommun and Coompanion Västernorrland). Then contact persons, all invented: their
 * email addresses are on the reserved domain .example and their phone numbers in the range 070-174 06 05 to
 * 070-174 06 99 that PTS keeps for fiction.
 */
final class ActorDemo implements DemoStep {

    static final String FILE = "aktorer.csv";

    @Override
    public Message title() {
        return Message.of(ActorDemo.class, "demo.step.actors");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        Path file = DemoFiles.copy(FILE, directory);
        sesi.actors().importActors().importActors(new ImportActors.Command(CsvFileSource.open(file,
                FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        contact(sesi, "sundsvalls-kommun", "Maria Sjödin", "Näringslivsutvecklare", "maria.sjodin@sundsvall.example",
                "070-174 06 05", null);
        contact(sesi, "region-vasternorrland", "Anders Nordin", "Regional utvecklingsstrateg",
                "anders.nordin@rvn.example", "070-174 06 10", null);
        contact(sesi, "region-jamtland-harjedalen", "Lena Öberg", "Utvecklingsledare social ekonomi",
                "lena.oberg@rjh.example", "070-174 06 15", null);
        contact(sesi, "arbetsformedlingen", "Johan Berglund", "Sektionschef", "johan.berglund@af.example",
                "070-174 06 20", null);
        contact(sesi, "samordningsforbundet-ljungan-indal", "Sara Holmgren", "Förbundschef",
                "sara.holmgren@ljungan-indal.example", "070-174 06 25", null);
        contact(sesi, "grona-hander-arbetskooperativ-ek-for", "Ahmed Yusuf", "Verksamhetsledare",
                "ahmed.yusuf@gronahander.example", "070-174 06 30", null);
        contact(sesi, "cafe-fjallsippan-ek-for", "Elin Persson", "Ordförande", "elin@fjallsippan.example",
                "070-174 06 35", "CONSENT");
        contact(sesi, "ostersunds-kommun", "Erik Lindström", "Arbetsmarknadschef", "erik.lindstrom@ostersund.example",
                "070-174 06 40", null);
        contact(sesi, "mittuniversitetet", "Karin Eklund", "Universitetslektor", "karin.eklund@miun.example", null,
                null);
        contact(sesi, "kvinnoforeningen-lyftet-timra", "Fatima Al-Sayed", "Ordförande", null, "070-174 06 45",
                "CONSENT");
        contact(sesi, "coompanion-kooperativ-utveckling", "Petra Wikström", "Projektledare SESI",
                "petra.wikstrom@coompanion.example", "070-174 06 50", null);
    }

    private static void contact(SesiApplication sesi, String actor, String name, String title, String email,
            String phone, String lawfulBasis) {
        sesi.actors().addContact().add(new AddContact.Command(actor, name, title, email, phone, lawfulBasis));
    }
}
