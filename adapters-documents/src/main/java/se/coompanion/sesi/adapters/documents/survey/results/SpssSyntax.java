package se.coompanion.sesi.adapters.documents.survey.results;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.coompanion.sesi.domain.shared.Message;

/**
 * SPSS syntax for the exported data ({@code labels.sps}): {@code GET DATA} reads data.csv (UTF-8, comma, quoted
 * text, a header line), then {@code VARIABLE LABELS}, {@code VALUE LABELS}, {@code VARIABLE LEVEL} and
 * {@code FORMATS}; {@code EXECUTE.} ends it. A string is written in single quotes with an apostrophe doubled
 * ({@code 'Föreningens ''egen'' fråga'}); a long string is split into parts joined with {@code +}, so that no line
 * is long; a control character, which a questionnaire refuses in its labels, would still be written as a hexadecimal
 * part ({@code X'0A'}), never raw, so that no text can end a string and be run as a command. SPSS keeps at most 256 bytes of a variable label and 120 of a value label: longer labels are cut at a
 * character, and the whole text stays in codebook.csv. The non-scale codes of a LIKERT_5 question (9 Vet ej) are a
 * valid answer in the tool's tables; a commented {@code MISSING VALUES} line shows how to leave them out of means.
 */
final class SpssSyntax {

    static final int VARIABLE_LABEL_BYTES = 256;
    static final int VALUE_LABEL_BYTES = 120;
    private static final int PART = 60;

    private SpssSyntax() {
    }

    static String of(List<ExportColumn> columns, Map<String, Integer> textWidths, String about, Locale locale) {
        StringBuilder sps = new StringBuilder();
        sps.append("* Encoding: UTF-8.\n");
        sps.append("* ").append(comment(about)).append(".\n");
        sps.append("* ").append(comment(text(locale, "spss.run"))).append(".\n\n");
        sps.append("GET DATA\n  /TYPE=TXT\n  /FILE='").append(SurveyExport.DATA).append("'\n  /ENCODING='UTF8'\n")
                .append("  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=','\n")
                .append("  /QUALIFIER='\"'\n  /VARIABLES=");
        for (ExportColumn column : columns) {
            sps.append("\n    ").append(column.name()).append(' ').append(format(column, textWidths));
        }
        sps.append(".\n\n");
        sps.append("VARIABLE LABELS");
        for (int i = 0; i < columns.size(); i++) {
            sps.append(i == 0 ? "\n  " : "\n  /").append(columns.get(i).name()).append(' ')
                    .append(string(cut(columns.get(i).label(), VARIABLE_LABEL_BYTES), "    "));
        }
        sps.append(".\n\n");
        List<ExportColumn> labelled = columns.stream().filter(c -> !c.codes().isEmpty()).toList();
        if (!labelled.isEmpty()) {
            sps.append("VALUE LABELS");
            for (int i = 0; i < labelled.size(); i++) {
                ExportColumn column = labelled.get(i);
                sps.append(i == 0 ? "\n  " : "\n  /").append(column.name());
                for (ExportColumn.ValueLabel label : column.codes()) {
                    String code = column.storage() == ExportColumn.Storage.TEXT ? string(label.code(), "")
                            : label.code();
                    sps.append("\n    ").append(code).append(' ')
                            .append(string(cut(label.label(), VALUE_LABEL_BYTES), "      "));
                }
            }
            sps.append(".\n\n");
        }
        sps.append("VARIABLE LEVEL");
        boolean first = true;
        for (ExportColumn.Level level : ExportColumn.Level.values()) {
            List<String> names = columns.stream().filter(c -> c.level() == level).map(ExportColumn::name).toList();
            if (names.isEmpty()) {
                continue;
            }
            sps.append(first ? "\n  " : "\n  /").append(wrapped(names, "    ")).append(" (").append(level.name())
                    .append(')');
            first = false;
        }
        sps.append(".\n\n");
        List<String> dates = columns.stream().filter(c -> c.storage() == ExportColumn.Storage.DATE)
                .map(ExportColumn::name).toList();
        if (!dates.isEmpty()) {
            sps.append("FORMATS ").append(wrapped(dates, "  ")).append(" (SDATE10).\n\n");
        }
        List<ExportColumn> likert = columns.stream().filter(c -> !c.nonScale().isEmpty()).toList();
        if (!likert.isEmpty()) {
            sps.append("* ").append(comment(text(locale, "spss.nonScale"))).append(".\n");
            for (ExportColumn column : likert) {
                sps.append("* MISSING VALUES ").append(column.name()).append(" (")
                        .append(String.join(", ", column.nonScale())).append(").\n");
            }
            sps.append('\n');
        }
        sps.append("EXECUTE.\n");
        return sps.toString();
    }

    /** The input format: A with the width of the longest text, F for numbers, SDATE10 for dates. */
    private static String format(ExportColumn column, Map<String, Integer> textWidths) {
        return switch (column.storage()) {
            case TEXT -> "A" + Math.max(textWidths.getOrDefault(column.name(), 1),
                    column.codes().stream().mapToInt(c -> c.code().getBytes(StandardCharsets.UTF_8).length).max()
                            .orElse(1));
            case CODE -> "F8.0";
            case INTEGER -> "F20.0";
            case DECIMAL -> "F30.10";
            case DATE -> "SDATE10";
        };
    }

    /**
     * A string in SPSS syntax: single quotes, an apostrophe doubled, split after a space into parts of at most
     * {@value #PART} characters joined by {@code +} on new lines (indented by {@code indent}). A character that may not
     * stand inside a quoted string (a line break, which would end the string and let the rest of the text be read as
     * commands; any other control character; a line or paragraph separator) is written as a hexadecimal string of its
     * UTF-8 bytes ({@code X'0A'}) joined to the parts around it, so that the label reads back exactly as it is.
     */
    static String string(String text, String indent) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            if (outsideQuotes(text.charAt(from))) {
                int to = from;
                while (to < text.length() && outsideQuotes(text.charAt(to))) {
                    to++;
                }
                parts.add("X'" + HexFormat.of().withUpperCase().formatHex(text.substring(from, to)
                        .getBytes(StandardCharsets.UTF_8)) + "'");
                from = to;
                continue;
            }
            int to = from;
            while (to < text.length() && to < from + PART && !outsideQuotes(text.charAt(to))) {
                to++;
            }
            if (to < text.length() && to == from + PART) {
                int space = text.lastIndexOf(' ', to - 1);
                if (space > from + PART / 2) {
                    to = space + 1;
                } else if (Character.isHighSurrogate(text.charAt(to - 1))) {
                    to--;
                }
            }
            parts.add("'" + text.substring(from, to).replace("'", "''") + "'");
            from = to;
        }
        if (parts.isEmpty()) {
            return "''";
        }
        return String.join("\n" + indent + "+ ", parts);
    }

    /** True for a character written as hexadecimal rather than inside quotes. */
    private static boolean outsideQuotes(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
    }

    /** The text cut to at most {@code bytes} UTF-8 bytes, at a character. */
    static String cut(String text, int bytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= bytes) {
            return text;
        }
        int end = text.length();
        while (end > 0 && text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > bytes) {
            end--;
            if (Character.isLowSurrogate(text.charAt(end)) && end > 0) {
                end--;
            }
        }
        return text.substring(0, end);
    }

    private static String wrapped(List<String> names, String indent) {
        StringBuilder line = new StringBuilder();
        int width = 0;
        for (String name : names) {
            if (width > 0 && width + name.length() > 100) {
                line.append('\n').append(indent);
                width = 0;
            } else if (width > 0) {
                line.append(' ');
            }
            line.append(name);
            width += name.length() + 1;
        }
        return line.toString();
    }

    /**
     * A comment line's text: no line break or other control character, no full stop at a line end (which would end
     * the comment early).
     */
    private static String comment(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            line.append(outsideQuotes(c) ? ' ' : c);
        }
        return line.toString().replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(SpssSyntax.class, key, args).format(locale);
    }
}
