package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import se.coompanion.sesi.adapters.documents.PictureFormat;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The stakeholder analysis: a first round of assessments in March 2024 and a second look at some actors in
 * September (the history shows them moving), covering every quadrant and all eight salience classes, and a partner
 * shortlist. Not every actor is assessed, so the activity is in progress. The power/interest grid is drawn to
 * {@code intressentanalys.html} (and {@code intressentanalys-en.html} in English) in the demo directory. The
 * assessments are invented, like the demo's fictional organisations.
 */
final class StakeholderDemo implements DemoStep {

    static final String GRID_FILE = "intressentanalys.html";
    /** The same grid in English. */
    static final String GRID_FILE_ENGLISH = "intressentanalys-en.html";

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 12);
    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 17);

    @Override
    public Message title() {
        return Message.of(StakeholderDemo.class, "demo.step.stakeholders");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        assess(sesi, "212000-2411", 5, 4, 1, "P,L,U", "CO_FINANCIER",
                "Äger arbetsmarknadsenheten och vill bygga en stödstruktur för sociala företag", MARCH);
        assess(sesi, "ostersunds-kommun", 4, 4, 1, "P,L", "COOPERATION_PARTNER",
                "Motsvarande roll i Jämtlands län; intresserad av gemensamt lärprogram", MARCH);
        assess(sesi, "region-vasternorrland", 5, 3, 0, "P,L", "NONE",
                "Regionalt utvecklingsansvar, men social ekonomi är ännu inte prioriterad", MARCH);
        assess(sesi, "region-vasternorrland", 5, 4, 1, "P,L,U", "CO_FINANCIER",
                "Den nya regionala utvecklingsstrategin lyfter social ekonomi; kan medfinansiera", SEPTEMBER);
        assess(sesi, "region-jamtland-harjedalen", 5, 3, 1, "P,L", "REFERENCE_GROUP",
                "Följer arbetet och vill delta i referensgruppen", MARCH);
        assess(sesi, "arbetsformedlingen", 5, 2, 0, "P,L", "COOPERATION_PARTNER",
                "Anvisar deltagare; samverkan nödvändig men lågt eget intresse för stödstrukturen", MARCH);
        assess(sesi, "forsakringskassan", 4, 2, 0, "P", "NONE", "Berörs via samordningsförbunden", MARCH);
        assess(sesi, "ornskoldsviks-kommun", 4, 2, -2, "P,U", "NONE",
                "Driver en egen konkurrerande satsning och vill se resultat snabbt", MARCH);
        assess(sesi, "timra-kommun", 4, 4, 0, "P,L", "COOPERATION_PARTNER", "Har flera ASF i kommunen", MARCH);
        assess(sesi, "timra-kommun", 4, 4, 1, "P,L", "COOPERATION_PARTNER",
                "Positivare efter behovsanalysen", SEPTEMBER);
        assess(sesi, "mittuniversitetet", 2, 4, 2, "L", "REFERENCE_GROUP",
                "Forskar om social ekonomi; kan utvärdera piloten", MARCH);
        assess(sesi, "samordningsforbundet-ljungan-indal", 3, 5, 2, "L,U", "CO_FINANCIER",
                "Enligt Sara Holmgren kan förbundet medfinansiera insatser för deltagare långt från arbetsmarknaden",
                MARCH);
        assess(sesi, "samordningsforbundet-storsjobygden", 3, 4, 1, "L,U", "COOPERATION_PARTNER",
                "Vill koppla projektet till pågående rehabiliteringsinsatser", MARCH);
        assess(sesi, "grona-hander-arbetskooperativ-ek-for", 2, 5, 2, "L,U", "CO_APPLICANT",
                "Erfaren ASF som vill dela metoder; kan vara medsökande", MARCH);
        assess(sesi, "returverket-harnosand-ek-for", 2, 5, 1, "U", "COOPERATION_PARTNER",
                "Behöver stöd snabbt för att klara en upphandling", MARCH);
        assess(sesi, "cafe-fjallsippan-ek-for", 1, 4, 2, "L", "REFERENCE_GROUP",
                "Exempel på service i glesbygd", MARCH);
        assess(sesi, "stiftelsen-mittnordiskt-socialt", 4, 3, 1, "P", "CO_FINANCIER",
                "Kan bidra med kapital men följer projektet på avstånd", MARCH);
        assess(sesi, "kramfors-kommun", 3, 3, 0, "L", "REFERENCE_GROUP", null, MARCH);
        assess(sesi, "stromsunds-kommun", 3, 4, 1, "L,U", "REFERENCE_GROUP",
                "Glesbygdsservice är en akut fråga", MARCH);
        assess(sesi, "ange-kommun", 3, 2, -1, "L", "NONE", "Skeptisk till ännu ett projekt", MARCH);
        assess(sesi, "harjedalens-kommun", 2, 2, 0, null, "NONE", null, MARCH);
        assess(sesi, "omtanken-bemanning-ab-svb", 2, 3, 0, "none", "NONE", null, MARCH);
        assess(sesi, "norrlands-upphandlingskonsult-ab", 2, 2, -1, "none", "NONE", null, MARCH);
        assess(sesi, "foreningen-bygdegarden-stromsund", 1, 3, 1, "U", "NONE",
                "Behöver en lösning på lokalfrågan i år", MARCH);
        assess(sesi, "kvinnoforeningen-lyftet-timra", 1, 5, 2, "L,U", "REFERENCE_GROUP",
                "Når kvinnor långt från arbetsmarknaden", MARCH);
        DemoStep.documents(sesi).stakeholderGrid(PictureFormat.HTML, Locale.forLanguageTag("sv"))
                .writeTo(directory.resolve(GRID_FILE));
        DemoStep.documents(sesi).stakeholderGrid(PictureFormat.HTML, Locale.forLanguageTag("en"))
                .writeTo(directory.resolve(GRID_FILE_ENGLISH));
    }

    private static void assess(SesiApplication sesi, String actor, int power, int interest, int attitude,
            String salience, String candidacy, String rationale, LocalDate date) {
        sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command(actor, power, interest, attitude,
                salience, candidacy, rationale, date));
    }
}
