package se.coompanion.sesi.adapters.cli.implementation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/** {@code sesi implementation draft} on a small pre-study of its own: made once, refused twice, updated. */
class ImplementationDraftCommandTest {

    @TempDir
    Path directory;

    @Test
    void a_draft_is_made_from_the_recommendations_kept_when_asked_again_and_updated_with_new_ones() {
        SesiCli sesi = new SesiCli(directory);
        assertThat(sesi.run("implementation", "draft").exitCode()).as("no pre-study").isEqualTo(ExitCode.NOT_FOUND);
        sesi.ok("init");
        SesiCli.Result none = sesi.run("--lang", "en", "implementation", "draft");
        sesi.ok("scan", "source", "add", "--kind", "REPORT", "--title", "Socialt företagande i Norrland",
                "--publisher", "Exempelförlaget", "--year", "2022");
        sesi.ok("scan", "finding", "add", "--statement", "Arbetsintegrerande sociala företag saknar stöd", "--theme",
                "WORK_INTEGRATION", "--relevance", "3", "--source", "1");
        sesi.ok("synthesis", "recommend", "--priority", "HIGH", "--statement", "Stöd de arbetsintegrerande "
                + "sociala företagen, med handledning och nätverk.", "--evidence", "finding:1");

        SesiCli.Result made = sesi.run("--lang", "en", "implementation", "draft", "--title", "SESI genomförande");
        SesiCli.Result again = sesi.run("--lang", "en", "implementation", "draft");
        SesiCli.Result nothingNew = sesi.run("--lang", "en", "implementation", "draft", "--update");
        sesi.ok("synthesis", "recommend", "--priority", "LOW", "--statement", "Samla föreningarna", "--evidence",
                "finding:1");
        SesiCli.Result update = sesi.run("--lang", "en", "implementation", "draft", "--update");

        assertThat(none.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(none.err()).contains("no recommendations", "sesi synthesis recommend");
        assertThat(made.exitCode()).as(made.toString()).isZero();
        assertThat(made.out()).contains("Draft \"SESI genomförande\" made: one proposed activity (A1), "
                + "0 partners from the shortlist.");
        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(again.err()).contains("exists since 2024-05-02", "--update");
        assertThat(nothingNew.out()).contains("Every recommendation already has its activity");
        assertThat(update.out()).contains("One new proposed activity: A2.");
        assertThat(sesi.ok("implementation", "show", "activities", "--format", "csv").out().lines().skip(1))
                .containsExactly("A1,PROPOSED,Stöd de arbetsintegrerande sociala företagen,1,,,0,A1,,",
                        "A2,PROPOSED,Samla föreningarna,2,,,0,A2,,");
        assertThat(sesi.run("implementation", "check", "--strict").exitCode()).isEqualTo(ExitCode.CONFLICT);
    }
}
