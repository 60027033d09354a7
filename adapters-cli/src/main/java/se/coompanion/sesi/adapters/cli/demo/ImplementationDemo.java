package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.application.implementation.port.in.EditResults;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The implementation project's draft, made from the demo's seven recommendations, with the edits a team would make
 * after reading it (docs/implementation.md, "The demo"): two aims; A1 to A4 and A7 accepted, impact measurement (A5)
 * merged into the learning programme (A1), programme area D (A6) dropped as background for the application; an output
 * for every accepted activity and targets for most indicators; the co-financiers' letters of intent signed and
 * Kramfors kommun's declined; two risks; gender equality and accessibility answered. What it leaves open is what
 * {@code sesi implementation check} shows at the end of the demo. The draft application is written in both
 * languages as HTML, Markdown and PDF, and as the JSON export for other systems
 * ({@code ansokningsutkast-{sv,en}.{html,md,pdf,json}}).
 */
final class ImplementationDemo implements DemoStep {

    private static final LocalDate ASKED = LocalDate.of(2024, 11, 4);

    @Override
    public Message title() {
        return Message.of(ImplementationDemo.class, "demo.step.implementation");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(
                "Social ekonomi som väg till arbete i Mellersta Norrland", false, "sv"));
        aims(sesi);
        sesi.implementation().editTargetGroups().edit(new EditTargetGroups.Command("INDIVIDUALS", null,
                new GroundsChange(List.of(), List.of(), List.of("need:WORK_INTEGRATION"), List.of())));
        activities(sesi);
        results(sesi);
        partners(sesi);
        sesi.implementation().editRisks().edit(new EditRisks.Add(
                "Medfinansieringen från regionerna beviljas inte i tid", "MEDIUM",
                "HIGH", "Avsiktsförklaringar före ansökan och två medfinansiärer per län"));
        sesi.implementation().editRisks().edit(new EditRisks.Add(
                "De sociala företagen hinner inte delta i utbildningen", "HIGH",
                "MEDIUM", "Korta moduler, digitalt deltagande och ersättning för handledarnas tid"));
        sesi.implementation().editPrinciples().edit(new EditPrinciples.Command("GENDER_EQUALITY",
                "Alla deltagare och resultat "
                + "redovisas per kön, och informationen om företagande riktas till kvinnor som startar företag.",
                List.of("A7", "A1"), List.of()));
        sesi.implementation().editPrinciples().edit(new EditPrinciples.Command("ACCESSIBILITY",
                "Lärprogrammets anpassningar "
                + "(hörslinga, material i förväg, digitalt deltagande) gäller alla utbildningar.", List.of("A1", "A2"),
                List.of()));
        ShowImplementationDraft.DraftView draft = sesi.implementation().showImplementationDraft().show();
        for (Locale locale : List.of(Language.SV.locale(), Language.EN.locale())) {
            for (DocumentFormat format : DocumentFormat.values()) {
                DemoStep.documents(sesi).implementationDraft(draft, format, locale).writeInto(directory);
            }
            DemoStep.documents(sesi).implementationDraftJson(draft, locale).writeInto(directory);
        }
    }

    private static void aims(SesiApplication sesi) {
        sesi.implementation().editAims().edit(new EditAims.Add(
                "Fler personer som står långt från arbetsmarknaden får arbete eller "
                + "arbetsträning i den sociala ekonomins organisationer", List.of(2),
                List.of("need:WORK_INTEGRATION")));
        sesi.implementation().editAims().edit(new EditAims.Add(
                "Den sociala ekonomins organisationer deltar i offentlig upphandling "
                + "och har en regional stödstruktur att vända sig till", List.of(1, 3), List.of()));
    }

    private static void activities(SesiApplication sesi) {
        sesi.implementation().editActivities().edit(new EditActivities.Merge("A5", "A1"));
        sesi.implementation().editActivities().edit(new EditActivities.Drop("A6",
                "Programområde D och glesbygden beskrivs i "
                + "ansökans bakgrund, inte som en egen aktivitet"));
        sesi.implementation().editActivities().edit(new EditActivities.Accept(List.of("A1", "A2", "A3", "A4", "A7")));
        sesi.implementation().editActivities().edit(new EditActivities.Change("A2", "Handledning i arbetsintegrering",
                null, GroundsChange.NONE, List.of(), List.of()));
    }

    private static void results(SesiApplication sesi) {
        target(sesi, "A1/1", "1,5");
        target(sesi, "A1/2", "15");
        target(sesi, "A1/3", "1,5");
        target(sesi, "A2/1", "1,2");
        target(sesi, "A2/2", "25");
        target(sesi, "A3/1", "85");
        target(sesi, "A4/1", "1");
        target(sesi, "A4/2", "40");
        sesi.implementation().editResults().edit(new EditResults.Remove("A3/4"));
        output(sesi, "A1", "Utbildningstillfällen i upphandling och effektmätning", "Antal utbildningstillfällen",
                "8");
        output(sesi, "A2", "Handledare i sociala företag utbildade", "Antal utbildade handledare", "30");
        output(sesi, "A3", "Föreningar i Jämtlands län anslutna till stödstrukturen", "Antal anslutna föreningar",
                "40");
        output(sesi, "A4", "Medfinansiärer med avsiktsförklaring för tiden efter projektet", "Antal medfinansiärer",
                "3");
        sesi.implementation().editResults().edit(new EditResults.Add("A7", "OUTPUT",
                "Informationsträffar för kvinnor som startar "
                + "företag", "Antal informationsträffar", null, "COUNT", null, null, "6"));
        sesi.implementation().editResults().edit(new EditResults.Add("A7", "LONG_TERM",
                "Fler kvinnor bland dem som startar företag",
                "Kvinnors andel av nystartade företag", null, "PERCENT", "31", "Tillväxtanalys, Nystartade företag "
                        + "2022: 31 % av de nya företagen leddes av kvinnor (hela Sverige)", "40"));
    }

    private static void target(SesiApplication sesi, String result, String target) {
        sesi.implementation().editResults().edit(new EditResults.Change(result, null, null, null, null, null, false,
                target, false));
    }

    private static void output(SesiApplication sesi, String activity, String description, String indicator,
            String target) {
        sesi.implementation().editResults().edit(new EditResults.Add(activity, "OUTPUT", description, indicator, null,
                "COUNT", "0", "Finns inte i regionen i dag", target));
    }

    private static void partners(SesiApplication sesi) {
        for (String partner : List.of("sundsvalls-kommun", "region-vasternorrland",
                "grona-hander-arbetskooperativ-ek-for", "samordningsforbundet-ljungan-indal", "kramfors-kommun")) {
            sesi.implementation().editPartners().edit(new EditPartners.Letter(partner, "REQUESTED", ASKED));
        }
        sesi.implementation().editPartners().edit(new EditPartners.Letter("grona-hander-arbetskooperativ-ek-for",
                "SIGNED", ASKED.plusDays(16)));
        sesi.implementation().editPartners().edit(new EditPartners.Letter("sundsvalls-kommun", "SIGNED",
                ASKED.plusDays(21)));
        sesi.implementation().editPartners().edit(new EditPartners.Letter("region-vasternorrland", "SIGNED",
                ASKED.plusDays(24)));
        sesi.implementation().editPartners().edit(new EditPartners.Letter("kramfors-kommun", "DECLINED",
                ASKED.plusDays(14)));
        sesi.implementation().editPartners().edit(new EditPartners.Change("grona-hander-arbetskooperativ-ek-for", null,
                "Handledarutbildning och platser för arbetsträning"));
        sesi.implementation().editPartners().edit(new EditPartners.Change("region-jamtland-harjedalen",
                "COOPERATION_PARTNER", "Värd för stödstrukturen i Jämtlands län"));
    }
}
