package se.coompanion.sesi.adapters.documents.survey.results;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.Message;

/**
 * An R script for the exported data ({@code labels.R}): it reads data.csv with each column's class (text stays
 * text, codes are integers, dates are dates), sets each variable's label as the attribute {@code "label"} (which
 * RStudio and the labelled and haven packages show), and adds beside each coded variable a factor with its value
 * labels, {@code variable.factor}; the codes themselves stay numbers, so that means can be computed. Plain base R,
 * no package needed.
 */
public final class RScript {

    private RScript() {
    }

    static String of(List<ExportColumn> columns, String about, Locale locale) {
        StringBuilder r = new StringBuilder();
        r.append("# ").append(about).append('\n');
        r.append("# ").append(text(locale, "r.run")).append("\n\n");
        r.append("survey <- read.csv(").append(string(SurveyExport.DATA))
                .append(", fileEncoding = \"UTF-8\", na.strings = \"\", stringsAsFactors = FALSE,\n")
                .append("  colClasses = c(\n");
        r.append(columns.stream().map(c -> "    " + c.name() + " = " + string(colClass(c)))
                .collect(Collectors.joining(",\n")));
        r.append("))\n\n");
        r.append("# ").append(text(locale, "r.labels")).append('\n');
        for (ExportColumn column : columns) {
            r.append("attr(survey$").append(column.name()).append(", \"label\") <- ").append(string(column.label()))
                    .append('\n');
        }
        r.append('\n');
        r.append("# ").append(text(locale, "r.factors")).append('\n');
        for (ExportColumn column : columns) {
            if (column.codes().isEmpty()) {
                continue;
            }
            boolean text = column.storage() == ExportColumn.Storage.TEXT;
            String levels = column.codes().stream().map(c -> text ? string(c.code()) : c.code())
                    .collect(Collectors.joining(", "));
            String labels = column.codes().stream().map(c -> string(c.label())).collect(Collectors.joining(", "));
            r.append("survey$").append(column.name()).append(".factor <- factor(survey$").append(column.name())
                    .append(",\n  levels = c(").append(levels).append("),\n  labels = c(").append(labels)
                    .append("))\n");
            if (!column.nonScale().isEmpty()) {
                r.append("# ").append(text(locale, "r.nonScale", column.name(), String.join(", ", column.nonScale())))
                        .append('\n');
            }
        }
        return r.toString();
    }

    private static String colClass(ExportColumn column) {
        return switch (column.storage()) {
            case TEXT -> "character";
            case CODE -> "integer";
            case INTEGER, DECIMAL -> "numeric";
            case DATE -> "Date";
        };
    }

    /** An R string: double quotes, a backslash and a double quote escaped, control characters as escapes. */
    public static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(RScript.class, key, args).format(locale);
    }
}
