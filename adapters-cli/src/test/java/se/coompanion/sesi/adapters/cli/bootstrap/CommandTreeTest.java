package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.SesiCommand;

class CommandTreeTest {

    private static final CommandSpec ROOT = new CommandLine(new SesiCommand()).getCommandSpec();

    @TempDir
    Path directory;

    private static String named(String... args) {
        return CommandTree.named(ROOT, args);
    }

    @Test
    void the_named_command_is_the_first_word_that_is_not_a_global_option_or_its_value() {
        assertThat(named("status")).isEqualTo("status");
        assertThat(named("--db", "x", "status", "--format", "csv")).isEqualTo("status");
        assertThat(named("--db=x", "--lang", "en", "--debug", "survey", "frame", "import", "f.csv"))
                .isEqualTo("survey");
        assertThat(named("--db", "status", "init")).as("the value of --db is not a command").isEqualTo("init");
    }

    @Test
    void nothing_is_named_when_every_command_may_be_needed() {
        assertThat(named()).isNull();
        assertThat(named("--help")).isNull();
        assertThat(named("help", "status")).isNull();
        assertThat(named("--unknown", "status")).isNull();
        assertThat(named("@arguments.txt")).isNull();
        assertThat(named("--", "status")).isNull();
    }

    @Test
    void the_version_alone_needs_no_command() {
        assertThat(named("--lang", "en", "--version")).isEmpty();
        assertThat(named("-V")).isEmpty();
        assertThat(CommandRun.commands(new SesiCommand(), new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(named("--version", "status")).isEqualTo("status");
    }

    @Test
    void a_run_builds_only_the_command_it_names() {
        CommandLine status = CommandRun.commands(new SesiCommand(), new String[] {"--db", "x", "status"});
        CommandLine survey = CommandRun.commands(new SesiCommand(), new String[] {"survey", "frame", "list"});

        assertThat(status.getSubcommands()).containsOnlyKeys("status");
        assertThat(survey.getSubcommands()).containsOnlyKeys("survey");
        assertThat(survey.getSubcommands().get("survey").getSubcommands()).containsKey("frame");
    }

    @Test
    void help_and_unknown_names_build_every_command() {
        CommandLine all = CommandRun.commands(new SesiCommand(), new String[0]);
        CommandLine help = CommandRun.commands(new SesiCommand(), new String[] {"help", "status"});
        CommandLine typo = CommandRun.commands(new SesiCommand(), new String[] {"statsu"});

        assertThat(all.getSubcommands()).containsKeys("init", "status", "survey", "demo", "help");
        assertThat(help.getSubcommands().keySet()).isEqualTo(all.getSubcommands().keySet());
        assertThat(typo.getSubcommands().keySet()).isEqualTo(all.getSubcommands().keySet());
    }

    @Test
    void a_mistyped_command_still_gets_the_nearest_names_and_help_still_finds_a_command() {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");

        SesiCli.Result typo = sesi.run("statsu");
        SesiCli.Result help = sesi.run("help", "status");

        assertThat(typo.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(typo.err()).startsWith("statsu is not a command of 'sesi'\nDid you mean stats or status?\n");
        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).contains("Usage: sesi status");
    }

    @Test
    void enum_values_are_case_insensitive_in_a_tree_of_one_command() {
        CommandLine status = CommandRun.commands(new SesiCommand(), new String[] {"status"});

        assertThat(status.getSubcommands().get("status").isCaseInsensitiveEnumValuesAllowed()).isTrue();
    }
}
