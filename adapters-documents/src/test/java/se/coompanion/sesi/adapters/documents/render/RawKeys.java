package se.coompanion.sesi.adapters.documents.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys and internals that must not reach a document's prose: snake_case words (a competence key, a survey variable),
 * UPPER_SNAKE constants (an enum's name), {@code kind:value} references (evidence as stored), file paths, commands
 * of the command line ({@code sesi ...}), a question type in parentheses ("(SINGLE)") and a format code
 * ("(md, en)"). It reads plain text from any source: {@link #textOfHtml} and {@link #textOfMarkdown} give the text of
 * a page, and the text of a PDF ({@code pdftotext}) is checked the same way. What a document shows on purpose in small
 * print, a survey question's variable ({@code class="variable"}), and web addresses are left out before the check.
 */
public final class RawKeys {

    private record Rule(String what, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("snake_case word", Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}[\\p{Ll}\\d]*(?:_[\\p{Ll}\\d]+)+"
                    + "(?![\\p{L}\\d])")),
            new Rule("UPPER_SNAKE constant", Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{Lu}\\d]*(?:_[\\p{Lu}\\d]+)+"
                    + "(?![\\p{L}\\d])")),
            new Rule("kind:value reference", Pattern.compile("(?<![\\p{L}\\d])\\p{Ll}+:[\\p{L}\\d_/+-]+")),
            new Rule("file path", Pattern.compile("(?<![\\p{L}\\d])[\\w.-]+/[\\w./-]*\\.(?:md|csv|html|sps|R|txt|java"
                    + "|properties|sql)\\b|(?<![\\p{L}\\d])(?:docs|shared|src)/[\\w./-]+")),
            new Rule("command", Pattern.compile("(?<![\\p{L}\\d])sesi\\s+[a-z]")),
            new Rule("question type", Pattern.compile("\\((?:SINGLE|MULTI|LIKERT_5|INTEGER|DECIMAL|TEXT|DATE)\\)")),
            new Rule("format code", Pattern.compile("\\((?:md|html), (?:sv|en)\\)")));

    private static final Pattern VARIABLE_IN_PDF = Pattern.compile("\\bVariab(?:el|le): \\S+");

    private static final Pattern ADDRESS = Pattern.compile("(?:https?|mailto):\\S+");

    private RawKeys() {
    }

    /** Every raw key in the text, as "what: "the text around it"", in the order found. */
    public static List<String> in(String text) {
        String prose = ADDRESS.matcher(text).replaceAll(" ");
        List<String> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(prose);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(prose.length(), m.end() + 40);
                found.add(rule.what() + " \"" + m.group() + "\" in \"..." + prose.substring(from, to)
                        .replaceAll("\\s+", " ") + "...\"");
            }
        }
        return found;
    }

    /**
     * The text a reader sees of an HTML page (the SVG charts' words included): without the style sheet, the
     * elements in small print that name a variable on purpose ({@code class="variable"}), tags and entities.
     */
    public static String textOfHtml(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<(p|small|span) class=\"variable\">.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]+>", " ");
        return entities(text);
    }

    /** The text of a Markdown document: without the variables in small print and without Markdown's escapes. */
    public static String textOfMarkdown(String markdown) {
        String text = markdown.replaceAll("(?s)<small class=\"variable\">.*?</small>", " ")
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])", "$1");
        return entities(text);
    }

    /**
     * The text of a PDF (as PDFBox or {@code pdftotext} extract it) without a survey question's variable in small
     * print: in a PDF the class that marks it is gone, but the variable always follows its label ("Variabel: " in
     * Swedish, "Variable: " in English).
     */
    public static String textOfPdf(String text) {
        return VARIABLE_IN_PDF.matcher(text).replaceAll(" ");
    }

    private static String entities(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
