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

    /**
     * The questionnaire of the data-entry tests, in the shape of the SESI one:
     * <pre>
     * naring       SINGLE   1 Ja, 2 Nej                                      required
     * anstallda    INTEGER  0-500           shown if [naring] = '1'          required
     * omrade       MULTI    1 Arbetsintegrering, 2 Omsorg, 7 Annat           required
     * annat        TEXT                     shown if [omrade(7)] = '1'
     * behov        LIKERT_5 1-5 and 9 Vet ej                                 required
     * omsattning   DECIMAL  0-1000
     * stodstruktur SINGLE   1 Ja, 2 Kanske, 3 Nej
     * </pre>
     */
    public static TabularSource entryDictionary() {
        return dictionary("enkat.csv", List.of(
                question("naring", "Om föreningen", "Bedriver föreningen näringsverksamhet?", "SINGLE",
                        "1, Ja | 2, Nej", "y", "", "", ""),
                question("anstallda", "", "Hur många anställda?", "INTEGER", "", "y", "0", "500", "[naring] = '1'"),
                question("omrade", "", "Inom vilka områden?", "MULTI", "1, Arbetsintegrering | 2, Omsorg | 7, Annat",
                        "y", "", "", ""),
                question("annat", "", "Annat område, nämligen:", "TEXT", "", "n", "", "", "[omrade(7)] = '1'"),
                question("behov", "Behov", "Föreningen behöver stöd i finansiering.", "LIKERT_5",
                        "1, Inte alls | 2, Lite | 3, Delvis | 4, Till stor del | 5, Helt | 9, Vet ej", "y", "", "", ""),
                question("omsattning", "", "Omsättning (miljoner kronor)?", "DECIMAL", "", "n", "0", "1000", ""),
                question("stodstruktur", "Framtiden", "Vill föreningen delta i en stödstruktur?", "SINGLE",
                        "1, Ja | 2, Kanske | 3, Nej", "n", "", "", "")));
    }

    /** The header of a data-entry file of {@link #entryDictionary()}. */
    public static final List<String> ENTRY_HEADER = List.of("response_id", "naring", "anstallda", "omrade", "annat",
            "behov", "omsattning", "stodstruktur");

    /** A data-entry file with the rows given (each one value per column of {@link #ENTRY_HEADER}). */
    public static TabularSource entry(String name, List<List<String>> rows) {
        return TabularSource.of(name, ENTRY_HEADER, rows);
    }

    /** A data-entry row: response id, naring, anstallda, omrade, annat, behov, omsattning, stodstruktur. */
    public static List<String> form(String... values) {
        if (values.length != ENTRY_HEADER.size()) {
            throw new IllegalArgumentException("a data-entry row has " + ENTRY_HEADER.size() + " fields");
        }
        return List.of(values);
    }

    /** A frame row of an ideell förening with business activity in Östersund (county 23). */
    public static List<String> nonProfitInJamtland(int n) {
        return row(orgNumber(8, n), "Förening " + n + " ideell förening", "61", "ja", "2380");
    }
}
