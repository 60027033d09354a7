package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and the pages of docs/ link only to files a clone has: every relative link names a file or folder inside
 * the repository that exists (a link such as {@code ../shared/design/cli.md} points beside the clone, where a reader
 * has nothing).
 */
class DocumentLinksTest {

    /** {@code [text](target)} or {@code [text](target "title")}; images too. */
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path directory;

    @Test
    void every_relative_link_of_the_readme_and_docs_names_a_file_of_the_repository() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> bad = new ArrayList<>();
        int relative = 0;
        for (Path page : pages) {
            for (String target : relativeLinks(Files.readString(page))) {
                relative++;
                bad.addAll(problem(page, target));
            }
        }
        assertThat(bad).as("links that a clone cannot follow").isEmpty();
        assertThat(relative).as("relative links checked").isGreaterThan(20);
    }

    @Test
    void a_link_outside_the_repository_or_to_a_file_that_is_not_there_is_found() throws IOException {
        Path page = Files.createDirectories(directory.resolve("repo")).resolve("README.md");
        Files.writeString(page, "x");
        Path root = directory.resolve("repo");

        List<String> links = relativeLinks("The contract is [cli.md](../shared/design/cli.md); see "
                + "[the docs](docs/none.md#top), [the web](https://example.org/x) and [here](#quick-start).");

        assertThat(links).containsExactly("../shared/design/cli.md", "docs/none.md#top");
        assertThat(problem(root, page, links.get(0))).singleElement().asString().contains("outside the repository");
        assertThat(problem(root, page, links.get(1))).singleElement().asString().contains("no such file");
        assertThat(problem(root, page, "README.md")).isEmpty();
    }

    /** The targets of the page's links that are paths (not a web address, a mail address or an anchor of the page). */
    static List<String> relativeLinks(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(markdown);
        while (link.find()) {
            String target = link.group(1);
            if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !target.startsWith("#")) {
                targets.add(target);
            }
        }
        return targets;
    }

    private static List<String> problem(Path page, String target) {
        return problem(ROOT, page, target);
    }

    private static List<String> problem(Path root, Path page, String target) {
        String path = target.replaceFirst("#.*$", "");
        Path resolved = page.getParent().resolve(path).toAbsolutePath().normalize();
        if (!resolved.startsWith(root)) {
            return List.of(root.relativize(page) + ": " + target + " is outside the repository");
        }
        if (!Files.exists(resolved)) {
            return List.of(root.relativize(page) + ": " + target + " names no such file");
        }
        return List.of();
    }
}
