package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.documents.render.HtmlStructure;

class StatisticsDemoTest {

    @TempDir
    Path directory;

    @Test
    void the_demo_imports_its_statistics_and_writes_the_material_in_both_formats_and_languages() throws IOException {
        Path out = DemoRun.shared().out();
        SesiCli sesi = new SesiCli(directory);

        SesiCli.Result demo = DemoRun.shared().result();

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).contains("Informationsmaterial", "33 statistiska siffror");
        assertThat(out.resolve("statistik.csv")).exists();
        for (String name : new String[] {"informationsmaterial-sv.html", "informationsmaterial-sv.md",
                "informationsmaterial-en.html", "informationsmaterial-en.md"}) {
            assertThat(out.resolve(name)).isNotEmptyFile();
        }
        String swedish = Files.readString(out.resolve("informationsmaterial-sv.html"), StandardCharsets.UTF_8);
        String english = Files.readString(out.resolve("informationsmaterial-en.html"), StandardCharsets.UTF_8);
        assertThat(HtmlStructure.problems(swedish, "sources")).isEmpty();
        assertThat(HtmlStructure.problems(english, "sources")).isEmpty();
        assertThat(swedish).contains("Exempeldata", "SCB: Arbetskraftsundersökningarna (AKU) 2013",
                "Tillväxtanalys: Nystartade företag 2022");
        assertThat(english).contains("Example data", "Key figures").doesNotContain("Nyckeltal");

        SesiCli.Result status = sesi.run("--db", out.resolve("sesi-demo").toString(), "status", "--format", "csv");
        assertThat(status.out()).contains("INFORMATION_MATERIAL,1,1,MATERIALS,100.0,DONE");
    }
}
