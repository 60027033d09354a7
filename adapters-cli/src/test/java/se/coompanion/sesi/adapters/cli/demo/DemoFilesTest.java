package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The demo imports the example files the docs show: each demo data file is the same as its docs/examples copy. */
class DemoFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {StatisticsDemo.FILE, NeedsDemo.FILE, CompetenceDemo.FILE})
    void the_demo_file_and_the_documented_example_are_the_same(String name) throws IOException {
        try (InputStream demo = DemoFilesTest.class.getResourceAsStream(name)) {
            assertThat(demo).as(name).isNotNull();
            assertThat(new String(demo.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(Path.of("..", "docs", "examples", name)));
        }
    }
}
