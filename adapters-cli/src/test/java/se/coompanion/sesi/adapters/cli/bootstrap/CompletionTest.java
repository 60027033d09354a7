package se.coompanion.sesi.adapters.cli.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * {@code sesi completion bash|zsh} prints a completion script that bash runs: sourced in a real bash, it completes
 * {@code sesi sur<TAB>} to {@code survey}, the commands of a group, the options of a command and the values of an
 * option that takes one of a list, as people type them.
 */
class CompletionTest {

    @TempDir
    Path directory;

    @Test
    void sesi_sur_tab_completes_to_survey() throws Exception {
        assertThat(complete("sesi", "sur")).containsExactly("survey");
    }

    @Test
    void a_group_offers_its_commands_and_a_command_its_options_and_values() throws Exception {
        assertThat(complete("sesi", "survey", "fr")).containsExactly("frame");
        assertThat(complete("sesi", "survey", "frame", "")).contains("import", "list", "excluded");
        assertThat(complete("sesi", "status", "--for")).containsExactly("--format");
        assertThat(complete("sesi", "--lang", "")).containsExactlyInAnyOrder("sv", "en");
        assertThat(complete("sesi", "status", "--format", "")).containsExactlyInAnyOrder("table", "csv");
        assertThat(complete("sesi", "implementation", "document", "--format", ""))
                .containsExactlyInAnyOrder("html", "md", "pdf", "json");
        assertThat(complete("sesi", "report", "--format", "")).containsExactlyInAnyOrder("html", "md", "pdf");
    }

    @Test
    void the_command_prints_the_scripts_and_opens_no_database() {
        SesiCli.Result bash = new SesiCli(directory).run("completion", "bash");
        SesiCli.Result zsh = new SesiCli(directory).run("completion", "zsh");

        assertThat(bash.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(bash.out()).isEqualTo(CompletionScripts.script(CompletionScripts.Shell.BASH))
                .startsWith("#!/usr/bin/env bash\n# Completion of the sesi command for bash")
                .contains("source <(sesi completion bash)");
        assertThat(zsh.out()).contains("source <(sesi completion zsh)", "bashcompinit");
        assertThat(new SesiCli(directory).run("completion", "fish").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(directory.resolve("sesi.mv.db")).doesNotExist();
    }

    @Test
    void the_distribution_s_scripts_are_the_command_s() throws IOException {
        Path share = directory.resolve("share");
        CompletionScripts.main(new String[] {share.toString()});

        assertThat(share.resolve("bash-completion/completions/sesi"))
                .hasContent(CompletionScripts.script(CompletionScripts.Shell.BASH));
        assertThat(share.resolve("zsh/sesi-completion.zsh")).hasContent(CompletionScripts.script(CompletionScripts.Shell.ZSH));
    }

    /** What bash offers for the words, the last one being completed, after sourcing the script. */
    private List<String> complete(String... words) throws IOException, InterruptedException {
        Path script = Files.writeString(directory.resolve("sesi.bash"),
                CompletionScripts.script(CompletionScripts.Shell.BASH));
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append(" '").append(word).append('\'');
        }
        String line = String.join(" ", words);
        String driver = "source '" + script + "'\n"
                + "COMP_WORDS=(" + array + " )\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\n"
                + "COMP_POINT=${#COMP_LINE}\n"
                + "function=$(complete -p sesi | sed -E 's/.*-F ([^ ]+).*/\\1/')\n"
                + "\"$function\" sesi '" + words[words.length - 1] + "' '" + words[words.length - 2] + "' 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(60, TimeUnit.SECONDS)).as("bash finished").isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
