package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;
import se.coompanion.sesi.adapters.cli.demo.DemoRun;

/**
 * The README's example "Documents from Java" is compiled and run exactly as written, on a class path that has the
 * domain, application, persistence and documents jars and their libraries but neither picocli nor the command line
 * (the module's runtime class path without them, written by the build to {@code target/library-class-path.txt}),
 * in a class loader of its own. On a copy of the demo database it writes the same final report and the same
 * {@code labels.sps} as {@code sesi report} and {@code sesi survey export} on that copy.
 */
class ReadmeDocumentsExampleTest {

    @TempDir
    Path directory;

    @Test
    void the_readme_example_writes_the_report_and_the_export_the_command_line_writes() throws Exception {
        List<URL> library = libraryClassPath();
        Path classes = compile(library);
        Path database = DemoRun.shared().copyDatabase(directory.resolve("db"));
        Path fromLibrary = directory.resolve("library");

        String output = run(classes, library, database.toString(), fromLibrary.toString());

        assertThat(output).contains("Final report: " + fromLibrary.resolve("slutrapport-sv.html"),
                "Survey export: 364 usable returns in [" + fromLibrary.resolve("export").resolve("data.csv"));
        Path fromCli = directory.resolve("cli");
        sesi("--db", database.toString(), "report", "--out", fromCli.toString());
        sesi("--db", database.toString(), "survey", "export", "--out", fromCli.resolve("export").toString());
        assertThat(fromLibrary.resolve("slutrapport-sv.html")).content(StandardCharsets.UTF_8)
                .contains("<h1>Slutrapport: ").isEqualTo(Files.readString(fromCli.resolve("slutrapport-sv.html")));
        assertThat(fromLibrary.resolve("export").resolve("labels.sps")).content(StandardCharsets.UTF_8)
                .contains("EXECUTE.").isEqualTo(Files.readString(fromCli.resolve("export").resolve("labels.sps")));
    }

    /** The runtime libraries without picocli and without the command line's own classes. */
    private static List<URL> libraryClassPath() throws IOException {
        String path = Files.readString(Path.of("target", "library-class-path.txt")).strip();
        List<URL> urls = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            assertThat(entry).as("no command line on the class path").doesNotContain("picocli", "adapters-cli");
            urls.add(Path.of(entry).toUri().toURL());
        }
        // the modules as jars (sesi-domain-0.1.0.jar) or, in the reactor, as their class folders (domain/target/classes)
        for (String module : List.of("domain", "application", "adapters-persistence", "adapters-documents")) {
            assertThat(path).as(module).containsPattern("(sesi-" + module + "-[^" + File.pathSeparator + "]*\\.jar|"
                    + "[/\\\\]" + module + "[/\\\\]target[/\\\\]classes)");
        }
        return urls;
    }

    private Path compile(List<URL> library) throws Exception {
        Path source = directory.resolve("DocumentsExample.java");
        Files.writeString(source, ReadmeExample.code("documents-example"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        String classPath = String.join(File.pathSeparator, library.stream().map(u -> {
            try {
                return Path.of(u.toURI()).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }).toList());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = compiler.run(null, null, diagnostics, "-d", classes.toString(), "-cp", classPath,
                source.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return classes;
    }

    /** Runs the example in a class loader that sees only the library class path (and the JDK). */
    private static String run(Path classes, List<URL> library, String... args) throws Exception {
        List<URL> urls = new ArrayList<>(library);
        urls.add(0, classes.toUri().toURL());
        PrintStream before = System.out;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("picocli.CommandLine"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> loader.loadClass(Main.class.getName()))
                    .isInstanceOf(ClassNotFoundException.class);
            Method main = loader.loadClass("DocumentsExample").getMethod("main", String[].class);
            Thread.currentThread().setContextClassLoader(loader);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(before);
            Thread.currentThread().setContextClassLoader(context);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** sesi in this JVM with the real clock, as the example runs: both documents are made on the same day. */
    private static void sesi(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), new PrintWriter(out), new PrintWriter(err), false,
                Clock.systemDefaultZone());
        assertThat(code).as(Arrays.toString(args) + "\n" + out + err).isZero();
    }
}
