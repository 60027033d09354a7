package se.coompanion.sesi.adapters.documents.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds text of one language in a document written in the other: every phrase of the message bundles a document is
 * written from that differs between Swedish and English is looked for in the document of the other language. A
 * phrase is the text of a message between its placeholders ({@code {0}}), at least {@value #SHORTEST} characters
 * long, so that a word shared by both languages does not count. It is found when it is a whole piece of the
 * document (a heading, a cell, a line: the text between tags, table bars and line ends), or, when it is a sentence
 * of at least {@value #SENTENCE} characters, anywhere: so that a word of the interface that the data also use
 * ("Programområde D i ESF+ ..." in a finding) is not taken for untranslated text.
 */
public final class UntranslatedText {

    public static final int SHORTEST = 12;
    public static final int SENTENCE = 30;

    /**
     * The bundles of the final report's own text (headings, sentences, column titles, the charts' words), by base
     * name. The names of codes (themes, quadrants, candidacies) and the other commands' texts are left out: the
     * demo's Swedish data use the same words ("Arbetsintegrering" is also an answer of the questionnaire, "hantera
     * nära" a lesson of the scan), and those names are formatted in the reader's language by the same
     * {@code Message} as everything else.
     */
    public static final List<String> REPORT_BUNDLES = List.of(
            "se/coompanion/sesi/adapters/documents/report/messages",
            "se/coompanion/sesi/adapters/documents/synthesis/messages",
            "se/coompanion/sesi/adapters/documents/survey/messages",
            "se/coompanion/sesi/adapters/documents/stakeholder/messages",
            "se/coompanion/sesi/domain/synthesis/messages");

    private UntranslatedText() {
    }

    /**
     * The phrases of the {@code from} language ("sv" or "en") found in the text.
     *
     * @param text    a document written in the other language
     * @param from    the language whose phrases must not appear
     * @param bundles the bundles' base names
     */
    public static Set<String> in(String document, String from, List<String> bundles) {
        String text = document.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replace('\u00a0', ' ');
        Set<String> pieces = new java.util.HashSet<>();
        for (String piece : text.split("[<>|\n]")) {
            pieces.add(piece.strip());
        }
        Set<String> found = new TreeSet<>();
        for (String bundle : bundles) {
            Properties english = load(bundle + ".properties");
            Properties swedish = load(bundle + "_sv.properties");
            Properties wanted = from.equals("sv") ? swedish : english;
            Properties other = from.equals("sv") ? english : swedish;
            for (String key : wanted.stringPropertyNames()) {
                if (key.startsWith("sesi.") || key.contains("usage")) {
                    continue;
                }
                String value = wanted.getProperty(key);
                if (value.equals(other.getProperty(key))) {
                    continue;
                }
                for (String phrase : phrases(value)) {
                    if (phrase.length() >= SHORTEST && !other.getProperty(key, "").contains(phrase)
                            && (pieces.contains(phrase) || (phrase.length() >= SENTENCE && text.contains(phrase)))) {
                        found.add(key + ": " + phrase);
                    }
                }
            }
        }
        return found;
    }

    /** The literal parts of a MessageFormat pattern. */
    private static List<String> phrases(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String part : pattern.replace("''", "'").split("\\{[0-9][^}]*}")) {
            String stripped = part.strip();
            if (!stripped.isEmpty()) {
                parts.add(stripped);
            }
        }
        return parts;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = UntranslatedText.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
