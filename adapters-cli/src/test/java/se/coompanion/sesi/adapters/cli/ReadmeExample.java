package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A Java example of the README, between {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}, as its code. */
final class ReadmeExample {

    private ReadmeExample() {
    }

    /**
     * The code of the marked example (the lines inside its {@code ```java} block).
     *
     * @param name the markers' name, e.g. {@code embedding-example}
     */
    static String code(String name) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf(start);
        int to = readme.indexOf("<!-- " + name + ":end -->");
        assertThat(from).as("README marks its example " + name).isNotNegative();
        List<String> lines = readme.substring(from + start.length(), to).strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("```java");
        return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
    }
}
