package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM ({@code bom/pom.xml}, {@code sesi-bom}) that embedding builds import: it lists every library module of the
 * build and every library those modules bring, each at a version pinned in the BOM; and the build itself takes its
 * versions from the BOM (it is sesi-parent's parent), so that what an embedder imports is what SESI was tested with.
 */
class SesiBomTest {

    private static final Path ROOT = Path.of("..");
    private static final String GROUP = "se.coompanion.sesi";
    /** Modules that are no library for others: the benchmark harness, and the BOM itself. */
    private static final Set<String> NOT_LIBRARIES = Set.of("benchmarks", "bom");

    private final Pom parent = Pom.read(ROOT.resolve("pom.xml"));
    private final Pom bom = Pom.read(ROOT.resolve("bom/pom.xml"));

    @Test
    void the_bom_lists_every_library_module_at_the_build_version() {
        List<String> libraries = new ArrayList<>();
        for (String module : parent.modules()) {
            Pom pom = Pom.read(ROOT.resolve(module).resolve("pom.xml"));
            if (!NOT_LIBRARIES.contains(module)) {
                assertThat(pom.packaging()).as(module).isEqualTo("jar");
                libraries.add(pom.artifactId());
            }
        }

        assertThat(libraries).contains("sesi-domain", "sesi-application", "sesi-adapters-persistence",
                "sesi-adapters-documents", "sesi-adapters-cli", "sesi-architecture-tests");
        for (String library : libraries) {
            assertThat(bom.managed().get(GROUP + ":" + library + ":jar")).as(library).isEqualTo("${project.version}");
        }
        assertThat(bom.managed()).containsEntry(GROUP + ":sesi-application:test-jar", "${project.version}");
        assertThat(bom.version()).isEqualTo(parent.version());
    }

    @Test
    void the_bom_pins_every_library_the_modules_bring() {
        for (String module : parent.modules()) {
            if (NOT_LIBRARIES.contains(module)) {
                continue;
            }
            Pom pom = Pom.read(ROOT.resolve(module).resolve("pom.xml"));
            for (Dependency dependency : pom.dependencies()) {
                if (dependency.scope().equals("test") || dependency.groupId().equals(GROUP)) {
                    continue;
                }
                String version = bom.managed().get(dependency.key());
                assertThat(version).as(module + " brings " + dependency.key() + ": the BOM must pin it").isNotNull();
                assertThat(version).matches("\\$\\{[\\w.-]+}");
                assertThat(bom.properties()).containsKey(version.substring(2, version.length() - 1));
            }
        }
    }

    @Test
    void an_embedder_of_the_documents_gets_the_module_and_its_rendering_libraries_from_the_bom() {
        List<String> brings = Pom.read(ROOT.resolve("adapters-documents/pom.xml")).dependencies().stream()
                .filter(d -> !d.scope().equals("test")).map(Dependency::key).toList();

        assertThat(brings).contains(GROUP + ":sesi-application:jar", "org.apache.commons:commons-csv:jar",
                "com.github.spullara.mustache.java:compiler:jar");
        assertThat(bom.managed()).containsKey(GROUP + ":sesi-adapters-documents:jar").containsKeys(
                brings.toArray(String[]::new));
    }

    @Test
    void the_build_takes_its_versions_from_the_bom_and_pins_nothing_twice() {
        assertThat(parent.parent()).contains(GROUP + ":sesi-bom");

        for (String key : parent.managed().keySet()) {
            assertThat(bom.managed()).as(key + " is pinned in the BOM and again in the parent").doesNotContainKey(key);
        }
        for (String property : parent.properties().keySet()) {
            assertThat(bom.properties()).as(property + " is set in the BOM and again in the parent")
                    .doesNotContainKey(property);
        }
    }

    /** A dependency of a pom: its key is groupId:artifactId:type. */
    record Dependency(String groupId, String artifactId, String type, String scope, String version) {

        String key() {
            return groupId + ":" + artifactId + ":" + type;
        }
    }

    /** What these tests read of a pom. */
    record Pom(Element project) {

        static Pom read(Path file) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = factory.newDocumentBuilder().parse(file.toFile());
                return new Pom(document.getDocumentElement());
            } catch (Exception e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }

        String artifactId() {
            return text(project, "artifactId").orElseThrow();
        }

        String version() {
            return text(project, "version").orElseThrow();
        }

        String packaging() {
            return text(project, "packaging").orElse("jar");
        }

        Optional<String> parent() {
            return child(project, "parent").map(p -> text(p, "groupId").orElseThrow() + ":"
                    + text(p, "artifactId").orElseThrow());
        }

        List<String> modules() {
            return child(project, "modules").map(m -> children(m, "module").stream().map(Node::getTextContent)
                    .map(String::strip).toList()).orElse(List.of());
        }

        Map<String, String> properties() {
            Map<String, String> properties = new LinkedHashMap<>();
            child(project, "properties").ifPresent(p -> {
                for (Node node = p.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element element) {
                        properties.put(element.getTagName(), element.getTextContent().strip());
                    }
                }
            });
            return properties;
        }

        List<Dependency> dependencies() {
            return child(project, "dependencies").map(Pom::dependenciesIn).orElse(List.of());
        }

        /** The managed dependencies, by groupId:artifactId:type, with their version as written. */
        Map<String, String> managed() {
            Map<String, String> managed = new LinkedHashMap<>();
            child(project, "dependencyManagement").flatMap(m -> child(m, "dependencies")).map(Pom::dependenciesIn)
                    .orElse(List.of()).forEach(d -> managed.put(d.key(), d.version()));
            return managed;
        }

        private static List<Dependency> dependenciesIn(Element dependencies) {
            return children(dependencies, "dependency").stream().map(d -> new Dependency(
                    text(d, "groupId").orElseThrow(), text(d, "artifactId").orElseThrow(),
                    text(d, "type").orElse("jar"), text(d, "scope").orElse("compile"),
                    text(d, "version").orElse(null))).toList();
        }

        private static Optional<String> text(Element element, String name) {
            return child(element, name).map(Node::getTextContent).map(String::strip);
        }

        private static Optional<Element> child(Element element, String name) {
            List<Element> found = children(element, name);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }

        private static List<Element> children(Element element, String name) {
            List<Element> found = new ArrayList<>();
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child && child.getTagName().equals(name)) {
                    found.add(child);
                }
            }
            return found;
        }
    }
}
