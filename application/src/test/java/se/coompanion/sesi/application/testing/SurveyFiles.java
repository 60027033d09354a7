package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** Files of the postal survey for tests: sampling frames and data dictionaries held in memory. */
public final class SurveyFiles {

    /** The Swedish header of the sampling frame (cli.md). */
    public static final List<String> FRAME_HEADER = List.of("organisationsnummer", "namn", "juridisk_form",
            "naringsverksamhet", "co_adress", "utdelningsadress", "postnummer", "postort", "kommunkod");

    /** The header of the data dictionary (cli.md). */
    public static final List<String> DICTIONARY_HEADER = List.of("variable", "section", "label", "type", "choices",
            "required", "min", "max", "show_if");

    private SurveyFiles() {
    }

    /** A valid organisationsnummer of the group (7 ekonomiska föreningar, 8 ideella), different for each n. */
    public static String orgNumber(int group, int n) {
        String nine = String.format("%d02%06d", group, n);
        return new OrganisationNumber(nine + OrganisationNumber.checkDigit(nine)).formatted();
    }

    /** A frame row of an ekonomisk förening in Sundsvall. */
    public static List<String> association(int n) {
        return row(orgNumber(7, n), "Förening " + n + " ekonomisk förening", "51", "", "2281");
    }

    /** A frame row with the given organisationsnummer, name, legal form, business activity and municipality. */
    public static List<String> row(String orgNumber, String name, String legalForm, String businessActivity,
            String municipality) {
        return List.of(orgNumber, name, legalForm, businessActivity, "", "Storgatan 1", "852 30", "Sundsvall",
                municipality);
    }

    public static TabularSource frame(String name, List<List<String>> rows) {
        return TabularSource.of(name, FRAME_HEADER, rows);
    }

    /** A frame of n ekonomiska föreningar numbered from {@code from}. */
    public static TabularSource frame(String name, int from, int n) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            rows.add(association(i));
        }
        return frame(name, rows);
    }

    /** A dictionary row: variable, section, label, type, choices, required, min, max, show_if. */
    public static List<String> question(String... fields) {
        if (fields.length != DICTIONARY_HEADER.size()) {
            throw new IllegalArgumentException("a dictionary row has 9 fields");
        }
        return List.of(fields);
    }

    public static TabularSource dictionary(String name, List<List<String>> rows) {
        return TabularSource.of(name, DICTIONARY_HEADER, rows);
    }

    /** A small questionnaire of three questions, one shown only when q1 is 1. */
    public static TabularSource smallDictionary() {
        return dictionary("enkat.csv", List.of(
                question("q1", "Om föreningen", "Bedriver föreningen näringsverksamhet?", "SINGLE", "1, Ja | 2, Nej",
                        "y", "", "", ""),
                question("q2", "", "Hur många anställda har föreningen?", "INTEGER", "", "n", "0", "500",
                        "[q1] = '1'"),
                question("q3", "Behov", "Vad behöver föreningen stöd i?", "MULTI", "1, Ekonomi | 2, Juridik",
                        "n", "", "", "")));
    }
}
