package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding example is compiled and run exactly as written. */
class ReadmeEmbeddingExampleTest {

    @TempDir
    Path directory;

    @Test
    void the_readme_example_compiles_and_starts_the_sesi_pre_study() throws Exception {
        String source = ReadmeExample.code("embedding-example");
        Path sourceFile = directory.resolve("EmbeddingExample.java");
        Files.writeString(sourceFile, source);
        Path classes = Files.createDirectories(directory.resolve("classes"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, null, diagnostics, "-d", classes.toString(), "-cp",
                System.getProperty("java.class.path"), sourceFile.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        String output = run(classes, directory.resolve("db").resolve("sesi").toString());

        assertThat(output.lines().toList()).contains("NEEDS_ANALYSIS: 0 of 15", "COMPETENCE_MAPPING: 0 of 10");
        assertThat(output.lines()).hasSize(8);
    }

    private static String run(Path classes, String database) throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                ReadmeEmbeddingExampleTest.class.getClassLoader())) {
            Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[] {database});
        } finally {
            System.setOut(before);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
