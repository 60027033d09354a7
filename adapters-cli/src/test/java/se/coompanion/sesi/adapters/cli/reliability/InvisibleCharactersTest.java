package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, "also seen": a name with a character that turns the direction of writing ("Testföreningen \u202Egnp.exe"
 * shows as "Testföreningen exe.png") or has no width (two names that look alike but differ) is refused, typed on the
 * command line as in a file (the bad-input corpus's invisible-characters.csv).
 */
class InvisibleCharactersTest {

    @TempDir
    Path directory;

    @Test
    void names_with_a_direction_override_or_a_zero_width_character_are_refused() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        sesi.ok("init");
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--role", "MUNICIPALITY");

        SesiCli.Result actor = sesi.run("actor", "add", "--name", "Testföreningen \u202Egnp.exe", "--role",
                "SOCIAL_ENTERPRISE");
        SesiCli.Result contact = sesi.run("contact", "add", "sundsvalls-kommun", "--name", "Maria\u200BSjödin");
        SesiCli.Result note = sesi.run("actor", "add", "--name", "Timrå kommun", "--role", "MUNICIPALITY", "--note",
                "Ring\u2066 Anna\u2069");

        for (SesiCli.Result refused : new SesiCli.Result[] {actor, contact, note}) {
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(refused.err()).contains("invisible character U+2");
        }
        assertThat(sesi.ok("actor", "list", "--format", "csv").out().lines()).hasSize(2);
        assertThat(sesi.ok("contact", "list", "--format", "csv").out().lines()).hasSize(1);
    }
}
