package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.architecture.ForeignProject.ForeignViolation;

/**
 * The example of docs/architecture-rules.md is compiled exactly as written and run as an architect's build would run
 * it: the example in a Maven test-classes directory, the fixture project {@code com.example.app} in a main classes
 * directory, so that the example's own import (without tests) finds the project. The clean project passes; the
 * web -> persistence variant fails with the message the page shows.
 */
class ArchitectureRulesDocTest {

    private static final Path DOC = Path.of("..", "docs", "architecture-rules.md");

    @TempDir
    static Path build;

    private static Path exampleClasses;

    @BeforeAll
    static void compileTheExample() throws IOException {
        String source = block("architecture-example", "java");
        Path sourceFile = build.resolve("src/test/java/com/example/app/ArchitectureTest.java");
        Files.createDirectories(sourceFile.getParent());
        Files.writeString(sourceFile, source);
        exampleClasses = Files.createDirectories(build.resolve("target/test-classes"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, null, diagnostics, "-d", exampleClasses.toString(), "-cp",
                System.getProperty("java.class.path"), sourceFile.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void the_example_passes_on_the_clean_project() throws Exception {
        List<Throwable> failures = run(ForeignProject.clean(), "clean");

        assertThat(failures).isEmpty();
    }

    @Test
    void the_example_fails_on_web_using_persistence_with_the_message_the_page_shows() throws Exception {
        List<Throwable> failures = run(ForeignProject.with(ForeignViolation.WEB_USES_PERSISTENCE), "web-persistence");

        String shown = block("architecture-failure", "");
        assertThat(failures).hasSize(2).anySatisfy(failure -> assertThat(failure.getMessage())
                .contains(shown.lines().toList()));
        assertThat(failures).anySatisfy(failure -> assertThat(failure.getMessage())
                .contains("adapter 'web' of com.example.app depends only on", "InMemoryOrders"));
    }

    @Test
    void the_empty_root_message_on_the_page_is_the_real_one() throws IOException {
        String shown = block("architecture-empty", "").strip();
        JavaClasses clean = ForeignProject.clean();

        assertThatCode(() -> ForeignProject.layout("com.exmaple.app").domainIsIndependent().check(clean))
                .hasMessageContaining(shown);
    }

    /** Runs the example's test factory with the project's classes where Maven puts main classes; the failures. */
    private static List<Throwable> run(JavaClasses project, String name) throws Exception {
        Path mainClasses = Files.createDirectories(build.resolve(name).resolve("target/classes"));
        for (JavaClass javaClass : project) {
            Path source = Path.of(javaClass.getSource().orElseThrow().getUri());
            Path target = mainClasses.resolve(javaClass.getName().replace('.', '/') + ".class");
            Files.createDirectories(target.getParent());
            Files.copy(source, target);
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        List<Throwable> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {exampleClasses.toUri().toURL(),
                mainClasses.toUri().toURL()}, ArchitectureRulesDocTest.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> example = loader.loadClass("com.example.app.ArchitectureTest");
            Constructor<?> constructor = example.getDeclaredConstructor();
            constructor.setAccessible(true);
            Method factory = example.getDeclaredMethod("the_architecture_holds");
            factory.setAccessible(true);
            @SuppressWarnings("unchecked")
            Stream<DynamicTest> tests = (Stream<DynamicTest>) factory.invoke(constructor.newInstance());
            List<DynamicTest> all = tests.toList();
            assertThat(all).hasSizeGreaterThan(10);
            for (DynamicTest test : all) {
                try {
                    test.getExecutable().execute();
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }
        } finally {
            thread.setContextClassLoader(before);
        }
        return failures;
    }

    /** The fenced block between the page's markers {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}. */
    private static String block(String name, String language) throws IOException {
        String page = Files.readString(DOC);
        String start = "<!-- " + name + ":start -->";
        int from = page.indexOf(start);
        int to = page.indexOf("<!-- " + name + ":end -->");
        assertThat(from).as("the page marks " + name).isNotNegative();
        List<String> lines = page.substring(from + start.length(), to).strip().lines().toList();
        assertThat(lines.get(0)).isEqualTo("```" + language);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("```");
        return String.join("\n", lines.subList(1, lines.size() - 1)) + "\n";
    }
}
