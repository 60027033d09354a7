package se.coompanion.sesi.adapters.cli.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.entry.CheckedForm;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormCheck;

/**
 * Fictional answers to the SESI questionnaire (docs/examples/sesi-enkat.csv) for the demo's returns, drawn with a
 * fixed seed. They are shaped, not real: a latent "need of support" is higher in Jämtland than in Västernorrland,
 * among ekonomiska föreningar than ideella, and among work-integration associations; it raises the Likert needs
 * and the wish to join a regional support structure. Every form follows the questionnaire's branching and is
 * checked before it is written (a demo that writes an invalid form is a bug).
 */
final class DemoAnswers {

    private static final List<String> OTHER_FIELDS = List.of("Turism och besöksnäring", "Lokal matproduktion",
            "Hantverk", "Second hand och återbruk", "Skog och mark");
    private static final List<String> SUPPORTERS = List.of("Coompanion", "Kommunen", "Coompanion och kommunen",
            "Almi", "Hushållningssällskapet", "Leader Mittland");
    private static final List<String> WHY_NOT = List.of("Vi klarar oss själva", "Har inte tid för fler möten",
            "Vi får redan stöd från kommunen", "Oklart vad det skulle innebära", "För långt till träffarna");

    private final Questionnaire questionnaire;
    private final Random random;

    DemoAnswers(Questionnaire questionnaire, Random random) {
        this.questionnaire = questionnaire;
        this.random = random;
    }

    /** The keyed form of a unit's return: complete, or partial (required questions left empty). */
    Map<String, String> form(FrameUnit unit, boolean partial) {
        boolean jamtland = unit.county().code().equals("23");
        boolean economic = unit.legalForm() == LegalForm.EKONOMISK_FORENING;
        boolean workIntegration = random.nextDouble() < (economic ? 0.25 : 0.12);
        double need = (jamtland ? 0.35 : 0) + (economic ? 0.2 : 0) + (workIntegration ? 0.5 : 0)
                + random.nextGaussian() * 0.3;
        Map<String, String> form = new LinkedHashMap<>();
        form.put(Question.RESPONSE_ID_VARIABLE, unit.responseId().orElseThrow().toString());
        // An ideell förening that returned the form runs a business (a "Nej" made it NOT_ELIGIBLE instead).
        boolean business = !economic || random.nextDouble() < 0.93;
        form.put("naringsverksamhet", business ? "1" : "2");
        form.put("bildad_ar", chance(0.04) ? "" : String.valueOf(economic ? 1970 + random.nextInt(53)
                : 1920 + random.nextInt(103)));
        int employees = 0;
        if (business) {
            employees = workIntegration ? 3 + random.nextInt(20) : geometric(economic ? 2.5 : 0.8);
            form.put("anstallda", chance(0.03) ? "" : String.valueOf(employees));
            double turnover = Math.round((0.4 + employees * 0.55 + random.nextDouble() * 1.5) * 10) / 10.0;
            String written = String.valueOf(turnover);
            form.put("omsattning", chance(0.12) ? "" : random.nextBoolean() ? written.replace('.', ',') : written);
        }
        TreeSet<Integer> fields = new TreeSet<>();
        if (workIntegration) {
            fields.add(1);
        }
        double[] likelihood = economic ? new double[] {0, 0, 0.10, 0.15, 0.45, 0.30, 0.10, 0.08}
                : new double[] {0, 0, 0.25, 0.55, 0.20, 0.05, 0.15, 0.10};
        for (int option = 2; option <= 7; option++) {
            if (random.nextDouble() < likelihood[option]) {
                fields.add(option);
            }
        }
        if (fields.isEmpty()) {
            fields.add(economic ? 4 : 3);
        }
        form.put("verksamhet", joined(fields));
        if (fields.contains(7)) {
            form.put("verksamhet_annat", pick(OTHER_FIELDS));
        }
        form.put("behov_finansiering", likert(3.5 + need));
        form.put("behov_upphandling", likert((economic ? 3.0 : 2.3) + need * 0.6));
        if (fields.contains(1) || employees > 0 && !form.getOrDefault("anstallda", "").isEmpty()) {
            form.put("behov_handledning", likert((workIntegration ? 4.1 : 2.8) + need * 0.4));
        }
        form.put("stod_onskat", wanted(need, jamtland));
        String today = random.nextDouble() < (economic ? 0.45 : 0.35) ? "1" : chance(0.85) ? "2" : "9";
        form.put("stod_idag", today);
        if (today.equals("1")) {
            form.put("stod_fran", pick(SUPPORTERS));
        }
        String structure = structure(need, jamtland, economic);
        form.put("stodstruktur", structure);
        if (business && structure.equals("3") && chance(0.7)) {
            form.put("varfor_inte", pick(WHY_NOT));
        }
        if (!chance(0.05)) {
            int board = 3 + random.nextInt(7);
            form.put("ledamoter", String.valueOf(board));
            int women = 0;
            for (int i = 0; i < board; i++) {
                women += random.nextDouble() < (economic ? 0.42 : 0.55) ? 1 : 0;
            }
            form.put("ledamoter_kvinnor", String.valueOf(women));
        }
        form.put("ifylld", LocalDate.of(2024, 3, 12).plusDays(random.nextInt(24)).toString());
        if (partial) {
            // one or two required questions left empty
            String left = List.of("stodstruktur", "behov_upphandling", "verksamhet").get(random.nextInt(3));
            form.put(left, "");
            if (left.equals("stodstruktur")) {
                form.remove("varfor_inte");
            } else if (left.equals("verksamhet")) {
                form.remove("verksamhet_annat");
                if (!employees(form)) {
                    form.remove("behov_handledning");
                }
            }
            if (chance(0.3)) {
                form.put("behov_finansiering", "");
            }
        }
        return checked(form, partial ? Completeness.PARTIAL : Completeness.COMPLETE);
    }

    /** True when the form says the association has employees (which shows behov_handledning). */
    private static boolean employees(Map<String, String> form) {
        String employees = form.getOrDefault("anstallda", "");
        return !employees.isEmpty() && Integer.parseInt(employees) > 0;
    }

    /** The same form keyed again by someone else: in about half the forms one keying error. */
    Map<String, String> rekeyed(Map<String, String> form, Random errors) {
        Map<String, String> again = new LinkedHashMap<>(form);
        if (errors.nextDouble() < 0.5) {
            String employees = again.getOrDefault("anstallda", "");
            String likert = again.getOrDefault("behov_finansiering", "");
            String wanted = again.getOrDefault("stod_onskat", "");
            switch (errors.nextInt(4)) {
                case 0 -> {
                    if (employees.length() == 2 && employees.charAt(0) != employees.charAt(1)) {
                        again.put("anstallda", "" + employees.charAt(1) + employees.charAt(0));
                    } else {
                        again.put("bildad_ar", again.get("bildad_ar").isEmpty() ? "1999" : "");
                    }
                }
                case 1 -> {
                    if (likert.matches("[2-5]")) {
                        again.put("behov_finansiering", String.valueOf(Integer.parseInt(likert) - 1));
                    }
                }
                case 2 -> {
                    if (wanted.contains("|")) {
                        again.put("stod_onskat", wanted.substring(wanted.indexOf('|') + 1));
                    }
                }
                default -> again.put("ifylld", LocalDate.parse(again.get("ifylld")).plusDays(10).toString());
            }
        }
        return checked(again, null);
    }

    private Map<String, String> checked(Map<String, String> form, Completeness expected) {
        Map<String, String> answers = new LinkedHashMap<>(form);
        answers.remove(Question.RESPONSE_ID_VARIABLE);
        FormCheck.Outcome outcome = FormCheck.check(questionnaire, answers);
        CheckedForm checked = outcome.form().orElseThrow(() -> new IllegalStateException("a demo form of "
                + form.get(Question.RESPONSE_ID_VARIABLE) + " is not valid: " + outcome.problems()));
        if (expected != null && checked.completeness() != expected) {
            throw new IllegalStateException("a demo form of " + form.get(Question.RESPONSE_ID_VARIABLE) + " is "
                    + checked.completeness() + ", not " + expected);
        }
        return form;
    }

    /** A Likert answer around the mean (1-5), and sometimes "Vet ej" (9). */
    private String likert(double mean) {
        if (chance(0.06)) {
            return "9";
        }
        long point = Math.round(mean + random.nextGaussian() * 0.9);
        return String.valueOf(Math.max(1, Math.min(5, point)));
    }

    /** The support wanted from a regional structure, or "none of these" (6) alone. */
    private String wanted(double need, boolean jamtland) {
        if (chance(0.05)) {
            return "";
        }
        if (random.nextDouble() < 0.08 - need * 0.04) {
            return "6";
        }
        double[] likelihood = {0, 0.55 + need * 0.2, 0.50, 0.45 + (jamtland ? 0.1 : 0), 0.60 + need * 0.2, 0.35};
        TreeSet<Integer> options = new TreeSet<>();
        for (int option = 1; option <= 5; option++) {
            if (random.nextDouble() < likelihood[option]) {
                options.add(option);
            }
        }
        if (options.isEmpty()) {
            options.add(1);
        }
        return joined(options);
    }

    /** Whether the association would join a regional support structure: 1 surely, 2 perhaps, 3 no, 9 don't know. */
    private String structure(double need, boolean jamtland, boolean economic) {
        double surely = 0.22 + (jamtland ? 0.13 : 0) + (economic ? 0.08 : -0.04) + need * 0.10;
        double perhaps = 0.38;
        double no = Math.max(0.05, 0.24 - (jamtland ? 0.07 : 0) - (economic ? 0.04 : 0) - need * 0.05);
        double draw = random.nextDouble() * (surely + perhaps + no + 0.10);
        return draw < surely ? "1" : draw < surely + perhaps ? "2" : draw < surely + perhaps + no ? "3" : "9";
    }

    private int geometric(double mean) {
        int n = 0;
        while (random.nextDouble() < mean / (mean + 1) && n < 60) {
            n++;
        }
        return n;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String joined(TreeSet<Integer> codes) {
        List<String> parts = new ArrayList<>();
        codes.forEach(c -> parts.add(String.valueOf(c)));
        return String.join("|", parts);
    }
}
