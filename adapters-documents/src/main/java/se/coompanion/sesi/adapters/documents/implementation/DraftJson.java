package se.coompanion.sesi.adapters.documents.implementation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The application draft as JSON for other systems (docs/implementation.md, "The JSON export"): Jackson writes each
 * record's components as fields in the order declared, so these records are the schema. Field names are stable
 * English camelCase; codes are the program's codes; numbers are JSON numbers; dates are ISO dates; a value that is
 * missing is {@code null}, never left out. The fields in the reader's language are exactly {@code heading},
 * {@code toWrite}, {@code label} and those whose names end in {@code Label} or {@code Text}; everything else is the
 * same in both languages. A change of a name or a meaning raises {@link #SCHEMA_VERSION}.
 *
 * @param schemaVersion  the version of this schema
 * @param document       what the file is, {@code APPLICATION_DRAFT}
 * @param documentLabel  the same in words
 * @param language       the language of the labels and texts, {@code sv} or {@code en}
 * @param producedOn     the day the draft was read: the figures are the records of that day
 * @param preStudy       the pre-study the draft comes from
 * @param title          the implementation project's working title
 * @param openPointCount how many points the check leaves open
 * @param stateText      the same in a sentence
 * @param sectionOrder   the sections' fields in the order of the application form
 * @param problem        1. problem analysis
 * @param targetGroups   2. target groups
 * @param aims           3. aims
 * @param projectLogic   4. project logic
 * @param indicators     5. indicators
 * @param principles     6. horizontal principles
 * @param partners       7. partners and cooperation
 * @param risks          8. risks
 * @param spreading      9. spreading and keeping the results (to be written)
 * @param organisation   10. project organisation (to be written)
 * @param budget         11. budget (to be written)
 * @param evidence       annex A: the evidence, numbered
 * @param openPoints     annex B: the check's open points
 */
record DraftJson(int schemaVersion, String document, String documentLabel, String language, String producedOn,
        PreStudy preStudy, String title, int openPointCount, String stateText, List<String> sectionOrder,
        Problem problem, TargetGroups targetGroups, Aims aims, ProjectLogic projectLogic, Indicators indicators,
        Principles principles, Partners partners, Risks risks, Part spreading, Part organisation, Part budget,
        Annex evidence, OpenPoints openPoints) {

    /** The version of the schema; 1 is the first. */
    static final int SCHEMA_VERSION = 1;

    /** The section fields of {@link DraftJson}, in the order of the application form. */
    static final List<String> SECTIONS = List.of("problem", "targetGroups", "aims", "projectLogic", "indicators",
            "principles", "partners", "risks", "spreading", "organisation", "budget", "evidence", "openPoints");

    record PreStudy(String caseNumber, String name, String ownerName, String ownerOrgNumber, String periodStart,
            String periodEnd) {
    }

    /** A code with its name in the reader's language. */
    record Coded(String code, String label) {
    }

    record Problem(String heading, int recommendationCount, List<Recommendation> recommendations, String toWrite) {
    }

    record Recommendation(int number, String priority, String priorityLabel, String statement,
            List<Integer> evidence) {
    }

    record TargetGroups(String heading, Sizing sizing, List<TargetGroup> groups, String toWrite) {
    }

    record Sizing(long surveyed, long returned, BigDecimal responseRate, int enterprises, int municipalities,
            int assessed, List<Tally> needsByTargetGroup) {
    }

    record Tally(String targetGroup, String label, int needs, int municipalities) {
    }

    record TargetGroup(String group, String label, String description, boolean sized, String sizeText,
            List<Integer> recommendations, List<Integer> evidence) {
    }

    record Aims(String heading, List<Aim> aims, String toWrite) {
    }

    record Aim(int number, String text, List<Integer> recommendations, List<Integer> evidence) {
    }

    record ProjectLogic(String heading, List<Activity> activities, List<OtherActivity> otherActivities,
            String toWrite) {
    }

    record Activity(String id, String status, String statusLabel, String title, String description,
            List<Integer> recommendations, List<Integer> evidence, List<Module> modules, List<Coded> needs,
            List<Coded> competences, List<Result> results) {
    }

    record Module(String ref, String title, boolean inProgramme) {
    }

    record Result(String id, String activity, int number, String level, String levelLabel, String description,
            Indicator indicator) {
    }

    record Indicator(String name, String unit, String unitLabel, Baseline baseline, BigDecimal target) {
    }

    record Baseline(String source, String sourceLabel, String reference, Integer evidence, BigDecimal value,
            String note, String problemText) {
    }

    record OtherActivity(String id, String status, String statusLabel, String title, String mergedInto, String now,
            String dropReason, List<Integer> recommendations, List<Integer> evidence) {
    }

    record Indicators(String heading, List<String> results, String toWrite) {
    }

    record Principles(String heading, List<Principle> principles, String toWrite) {
    }

    record Principle(String principle, String label, String approach, List<String> activities,
            List<String> answeredBy, List<People> people, List<Tally> targetGroups, List<Measure> accessibility) {
    }

    record People(String group, String label, int women, int men, int nonBinary, int notStated, int total) {
    }

    record Measure(String where, String measure) {
    }

    record Partners(String heading, List<Partner> partners, String toWrite) {
    }

    /** A municipality: its code and its name. */
    record Municipality(String code, String name) {
    }

    record Partner(String actor, String name, String orgNumber, Municipality municipality, String role,
            String roleLabel, String contribution, Letter letter, String letterLabel, boolean counts,
            List<Integer> evidence) {
    }

    record Letter(String state, String stateLabel, String requestedOn, String answeredOn) {
    }

    record Risks(String heading, List<Risk> risks, String toWrite) {
    }

    record Risk(int number, String description, String likelihood, String likelihoodLabel, String impact,
            String impactLabel, int score, String mitigation) {
    }

    /** A section SESI holds nothing for: its heading and what to write. */
    record Part(String heading, String toWrite) {
    }

    record Annex(String heading, List<Entry> entries, String toWrite) {
    }

    /**
     * @param figures the evidence's figures by name (docs/implementation.md lists them per kind); null when it no
     *                longer resolves
     * @param citedBy the claims that rest on it: {@code aim:1}, {@code group:INDIVIDUALS}, {@code activity:A2},
     *                {@code indicator:A2/1}, {@code partner:KEY}
     */
    record Entry(int number, String reference, String kind, String kindLabel, boolean resolves, String summaryText,
            Map<String, Number> figures, List<String> citedBy) {
    }

    record OpenPoints(String heading, List<Point> points, String toWrite) {
    }

    record Point(String kind, String kindLabel, String subject, String evidence, String detailText) {
    }
}
