package se.coompanion.sesi.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the documents module (nested ones included) has a Javadoc comment, so that an embedding
 * developer's IDE explains each one: the public types are found in the compiled classes, their comments in the
 * sources.
 */
class PublicApiDocumentedTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void every_public_type_has_a_javadoc_comment() throws IOException, ClassNotFoundException {
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : publicTypes()) {
            Class<?> top = type;
            while (top.getEnclosingClass() != null) {
                top = top.getEnclosingClass();
            }
            Path source = SOURCES.resolve(top.getName().replace('.', '/') + ".java");
            if (!documented(Files.readString(source, StandardCharsets.UTF_8), type.getSimpleName())) {
                undocumented.add(type.getName());
            }
            checked++;
        }
        assertThat(checked).as("the public types of the module").isGreaterThan(30);
        assertThat(undocumented).isEmpty();
    }

    @Test
    void a_type_without_a_comment_is_found() {
        String source = """
                /** Documented. */
                public final class Good {
                    /** A nested value. */
                    public record Inner(int a) {
                    }

                    @Deprecated
                    public enum Bare { A }
                }
                """;

        assertThat(documented(source, "Good")).isTrue();
        assertThat(documented(source, "Inner")).isTrue();
        assertThat(documented(source, "Bare")).isFalse();
    }

    /** True when the declaration of the type is preceded by a Javadoc comment (annotations may stand between). */
    static boolean documented(String source, String simpleName) {
        Matcher declaration = Pattern.compile("(?m)^[ \\t]*(?:[a-z]+\\s+)*"
                + "(?:class|interface|record|enum|@interface)\\s+" + Pattern.quote(simpleName) + "\\b").matcher(source);
        if (!declaration.find()) {
            return false;
        }
        String before = source.substring(0, declaration.start()).stripTrailing();
        while (true) {
            int lineStart = before.lastIndexOf('\n') + 1;
            String line = before.substring(lineStart).strip();
            if (!line.startsWith("@")) {
                break;
            }
            before = before.substring(0, lineStart).stripTrailing();
        }
        if (!before.endsWith("*/")) {
            return false;
        }
        int open = before.lastIndexOf("/*");
        return open >= 0 && before.startsWith("/**", open);
    }

    /** The types an embedding program can use: public, and inside public types only. */
    private static List<Class<?>> publicTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = CLASSES.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                if (name.matches(".*\\$[0-9].*")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApiDocumentedTest.class.getClassLoader());
                if (isApi(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static boolean isApi(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }
}
