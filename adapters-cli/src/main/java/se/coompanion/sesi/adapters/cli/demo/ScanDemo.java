package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The environmental scan: real public sources cited by title and publisher only (statistics, policy and the research
 * behind the methods the software uses), and invented projects and reports marked as examples. The findings drawn
 * from real sources state only what those sources are known for (figures as domain.md gives them); findings from
 * example sources begin with "Exempel:".
 */
final class ScanDemo implements DemoStep {

    @Override
    public Message title() {
        return Message.of(ScanDemo.class, "demo.step.scan");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        source(sesi, "STATISTICS", "Nystartade företag 2022", "Tillväxtanalys", 2023, null, false);        // 1
        source(sesi, "STATISTICS", "Arbetskraftsundersökningarna (AKU)", "SCB", null, null, false);        // 2
        source(sesi, "POLICY", "Programmet för Europeiska socialfonden+ (ESF+) 2021–2027", "Svenska ESF-rådet",
                null, "CCI 2021SE05SFPR", false);                                                            // 3
        source(sesi, "POLICY", "Strategi för att stärka utvecklingen av sociala företag – ett hållbart samhälle "
                + "genom socialt företagande och socialt entreprenörskap", "Regeringskansliet, Näringsdepartementet",
                2018, null, false);                                                                          // 4
        source(sesi, "POLICY", "Building an economy that works for people: an action plan for the social economy",
                "European Commission", 2021, "COM(2021) 778", false);                                       // 5
        source(sesi, "RESEARCH", "Toward a Theory of Stakeholder Identification and Salience: Defining the "
                + "Principle of Who and What Really Counts", "Mitchell, R. K., Agle, B. R. & Wood, D. J.", 1997,
                "Academy of Management Review 22(4)", false);                                               // 6
        source(sesi, "RESEARCH", "Stakeholder mapping", "Mendelow, A.", 1991,
                "Proceedings of the 2nd International Conference on Information Systems", false);          // 7
        source(sesi, "RESEARCH", "EntreComp: The Entrepreneurship Competence Framework",
                "Bacigalupo, M. et al., Joint Research Centre", 2016, null, false);                         // 8
        source(sesi, "RESEARCH", "A needs assessment model for conducting follow-up studies", "Borich, G. D.", 1980,
                "Journal of Teacher Education 31(3)", false);                                               // 9
        sesi.scan().registerSource().register(new RegisterSource.Command("PROJECT",
                "Exempel: Socialt företagande i glesbygd", "Exempelkommunen", 2022, null, "ESF+ 2021-2027",
                "2022/00017", true, "Påhittat exempelprojekt i demodata"));                                // 10
        sesi.scan().registerSource().register(new RegisterSource.Command("PROJECT",
                "Exempel: Arbetsintegrerande kooperativ i inlandet", "Exempelförbundet", 2019, null,
                "ESF 2014-2020", null, true, "Påhittat exempelprojekt i demodata"));                        // 11
        source(sesi, "REPORT", "Exempel: Kartläggning av sociala företag i Mellersta Norrland", "Exempelinstitutet",
                2021, null, true);                                                                           // 12
        source(sesi, "OTHER", "Exempel: Samtal med samordningsförbunden om finansiering",
                "Coompanion Västernorrland", 2024, "Anteckningar från möten", true);                        // 13

        finding(sesi, "31 % av de nya företagen 2022 leddes av kvinnor (73 183 nystartade företag).",
                List.of("WOMENS_ENTREPRENEURSHIP"), 3,
                "Stödet och lärprogrammet behöver nå kvinnor som startar företag, inte bara befintliga företag.", "1");
        finding(sesi, "28 % av företagarna 2013 var kvinnor (119 800 av 424 000).",
                List.of("WOMENS_ENTREPRENEURSHIP"), 2, "Informationsmaterialet kan visa utvecklingen över tid.", "2");
        finding(sesi, "Programområde D i ESF+ gäller kapacitet i den glesa geografin och omfattar bara Övre och "
                + "Mellersta Norrland; social innovation är programområde E.",
                List.of("COLLABORATION_STRUCTURE", "SERVICE_IN_SPARSE_AREAS"), 3,
                "Genomförandeprojektet bör formuleras för programområde D och den glesa geografin.", "3");
        finding(sesi, "Regeringens strategi för sociala företag (2018) och EU:s handlingsplan för den sociala "
                + "ekonomin (2021) ger policystöd för att stärka sociala företag.",
                List.of("KNOWLEDGE_AND_STATUS"), 2,
                "Hänvisa till båda i ansökan och i informationen till kommunerna.", "4", "5");
        finding(sesi, "En intressents tyngd beror på vilka av makt, legitimitet och brådska den har.",
                List.of("COLLABORATION_STRUCTURE"), 2,
                "Bedöm tänkbara partner på alla tre, inte bara på makt.", "6");
        finding(sesi, "Intressenter med stor makt och högt intresse behöver hanteras nära; de med stor "
                + "makt men lågt intresse hållas nöjda.", List.of("COLLABORATION_STRUCTURE"), 2,
                "Lägg mest tid på kvadranten hantera nära när partnerskapet byggs.", "7", "6");
        finding(sesi, "EntreComp beskriver entreprenöriella kompetenser i tre områden: idéer och möjligheter, "
                + "resurser, till handling.", List.of("SKILLS_SUPPLY", "BUSINESS_DEVELOPMENT"), 3,
                "Använd EntreComp som stomme i lärprogrammet, kompletterat med den sociala ekonomins kompetenser.",
                "8");
        finding(sesi, "Borichs modell rangordnar kompetensbehov efter det viktade glappet mellan nuvarande och "
                + "önskad nivå.", List.of("SKILLS_SUPPLY"), 2,
                "Rangordna kartläggningens kompetensbehov med MWDS och visa antalet företag bredvid.", "9");
        finding(sesi, "Exempel: Projekt som byggt lokala stödstrukturer för sociala företag har haft svårt att "
                + "finansiera dem efter projekttiden.", List.of("FINANCING", "COLLABORATION_STRUCTURE"), 3,
                "Planera finansieringen efter projekttiden från början, till exempel genom IOP.", "10", "11");
        finding(sesi, "Exempel: Många sociala företag i regionen känner inte till reserverade kontrakt.",
                List.of("PUBLIC_PROCUREMENT", "KNOWLEDGE_AND_STATUS"), 3,
                "Ta med offentlig upphandling och reserverade kontrakt i lärprogrammet.", "12");
        finding(sesi, "Exempel: Samordningsförbunden kan medfinansiera insatser för personer långt från "
                + "arbetsmarknaden.", List.of("FINANCING", "WORK_INTEGRATION"), 2,
                "Bjud in samordningsförbunden som tänkbara medfinansiärer.", "13");
    }

    private static void source(SesiApplication sesi, String kind, String title, String publisher, Integer year,
            String reference, boolean example) {
        sesi.scan().registerSource().register(new RegisterSource.Command(kind, title, publisher, year, reference, null,
                null, example, example ? "Påhittat exempel i demodata" : null));
    }

    private static void finding(SesiApplication sesi, String statement, List<String> themes, int relevance,
            String lesson, String... sources) {
        sesi.scan().recordFinding().record(new RecordFinding.Command(statement, themes, relevance, lesson,
                List.of(sources)));
    }
}
