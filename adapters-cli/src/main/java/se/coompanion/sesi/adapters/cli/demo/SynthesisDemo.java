package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The synthesis: recommendations for the implementation project, each resting on the demo's evidence of every kind
 * (needs, findings, survey tables, seminar outcomes, Borich ranks, pilot results, partner candidates), as the team
 * would write them after reading the cross-analysis (the sources agree on public procurement and financing; work
 * integration is the most raised need and the second largest gap; Jämtland wants a support structure more than
 * Västernorrland). The statements are the demo's own; every figure behind them is in the evidence they cite.
 */
final class SynthesisDemo implements DemoStep {

    @Override
    public Message title() {
        return Message.of(SynthesisDemo.class, "demo.step.synthesis");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        recommend(sesi, "HIGH", "Bygg genomförandeprojektets lärprogram kring offentlig upphandling och reserverade "
                + "kontrakt, för sociala företag och för kommunernas upphandlare.",
                "Behoven, kompetensgapen och omvärldsanalysen pekar åt samma håll.",
                "need:PUBLIC_PROCUREMENT", "borich:public_procurement", "survey:behov_upphandling", "finding:10",
                "seminar:2", "pilot:1/M1");
        recommend(sesi, "HIGH", "Gör handledning av medarbetare i arbetsintegrering till en egen modul och bygg den "
                + "tillsammans med ett arbetsintegrerande socialt företag som medsökande.",
                "Arbetsintegrering är det behov flest kommuner tog upp och det näst största kompetensgapet.",
                "need:WORK_INTEGRATION", "borich:work_integration_supervision", "survey:behov_handledning",
                "seminar:3", "pilot:1/M3", "partner:grona-hander-arbetskooperativ-ek-for");
        recommend(sesi, "HIGH", "Starta den regionala stödstrukturen i Jämtlands län, där viljan att delta är störst, "
                + "och bjud in Västernorrlands föreningar i ett andra steg.", null,
                "survey:stodstruktur/23", "survey:stodstruktur/22", "survey:stod_onskat",
                "need:COLLABORATION_STRUCTURE", "seminar:5", "partner:region-jamtland-harjedalen");
        recommend(sesi, "MEDIUM", "Planera finansieringen efter projekttiden från början, med samordningsförbunden och "
                + "regionen som tänkbara medfinansiärer.",
                "Föreningarna efterfrågar stöd med finansiering, och tidigare stödstrukturer har inte överlevt "
                        + "projekttiden.",
                "need:FINANCING", "borich:financing_and_grants", "survey:behov_finansiering", "pilot:1/M2",
                "finding:9", "finding:11", "partner:samordningsforbundet-ljungan-indal",
                "partner:region-vasternorrland");
        recommend(sesi, "MEDIUM", "Lägg till effektmätning i lärprogrammet, så att företagen kan visa kommunerna vad "
                + "de åstadkommer.", null, "borich:impact_measurement", "need:KNOWLEDGE_AND_STATUS");
        recommend(sesi, "MEDIUM", "Formulera genomförandeprojektet för programområde D och service i glesbygd, och "
                + "börja i kommunerna där tänkbara partner redan finns.", null,
                "finding:3", "need:SERVICE_IN_SPARSE_AREAS", "seminar:4", "partner:sundsvalls-kommun",
                "partner:ostersunds-kommun");
        recommend(sesi, "LOW", "Rikta informationen om kvinnors företagande till kvinnor som startar företag, inte "
                + "bara till befintliga företag.", null, "finding:1", "finding:2", "need:WOMENS_ENTREPRENEURSHIP");
    }

    private static void recommend(SesiApplication sesi, String priority, String statement, String rationale,
            String... evidence) {
        sesi.synthesis().recordRecommendation().record(new RecordRecommendation.Command(statement, priority, rationale,
                List.of(evidence)));
    }
}
