package se.coompanion.sesi.adapters.cli.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import se.coompanion.sesi.adapters.cli.SesiCommand;

/**
 * The shells' completion scripts, generated from the whole command tree by picocli's {@link AutoComplete}: every
 * command, subcommand and option, and the values of options that take one of a list. The script is bash; zsh runs it
 * through its bash compatibility ({@code bashcompinit}), which the script turns on itself when zsh sources it.
 */
public final class CompletionScripts {

    /** {@code local sven_option_args=("SV" "EN")}: the values the script offers for an option or parameter. */
    private static final Pattern VALUES = Pattern.compile("(local (\\w+)_(?:option|pos_param)_args=)\\(([^)]*)\\)");

    private CompletionScripts() {
    }

    /** The shells sesi writes a completion script for. */
    enum Shell {
        BASH, ZSH
    }

    static String script(Shell shell) {
        CommandLine tree = CommandRun.commands(new SesiCommand(), new String[0]);
        String bash = valuesAsLabelled(AutoComplete.bash("sesi", tree), tree);
        // picocli's header tells how to install a script of its own kind: ours says it for sesi
        String body = bash.substring(bash.indexOf("\nif [ -n \"$BASH_VERSION\" ]") + 1);
        String header = switch (shell) {
            case BASH -> """
                    # Completion of the sesi command for bash, made from its command tree by picocli's AutoComplete.
                    # Use: source <(sesi completion bash), in ~/.bashrc for every shell. bash-completion 2.12 or newer
                    # loads share/bash-completion/completions/sesi of the distribution by itself when bin/sesi is on
                    # the PATH.
                    """;
            case ZSH -> """
                    # Completion of the sesi command for zsh, made from its command tree by picocli's AutoComplete.
                    # Use: source <(sesi completion zsh), in ~/.zshrc for every shell. It is the bash script, which
                    # turns on zsh's bash completion (compinit, bashcompinit) when zsh sources it.
                    """;
        };
        return "#!/usr/bin/env bash\n" + header + "\n" + body;
    }

    /**
     * An option whose label lists its values ({@code sv|en}, {@code table|csv}, {@code 1|2}) is completed with those
     * values, as people type them, rather than with its enum constants ({@code SV}, {@code EN}).
     */
    private static String valuesAsLabelled(String script, CommandLine tree) {
        Map<String, String> labels = new HashMap<>();
        List<CommandSpec> specs = new ArrayList<>(List.of(tree.getCommandSpec()));
        for (int i = 0; i < specs.size(); i++) {
            CommandSpec spec = specs.get(i);
            spec.subcommands().values().forEach(sub -> specs.add(sub.getCommandSpec()));
            spec.args().stream().map(ArgSpec::paramLabel)
                    .filter(label -> label.contains("|") && !label.matches(".*[A-Z].*"))
                    .forEach(label -> labels.put(label.replaceAll("[^A-Za-z0-9]", ""), label));
        }
        Matcher values = VALUES.matcher(script);
        StringBuilder result = new StringBuilder();
        while (values.find()) {
            String label = labels.get(values.group(2));
            String replacement = label == null ? values.group()
                    : values.group(1) + "(\"" + String.join("\" \"", label.split("\\|")) + "\")";
            values.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        values.appendTail(result);
        return result.toString();
    }

    /**
     * Writes the scripts of the distribution (the build runs this before packaging): {@code
     * DIR/bash-completion/completions/sesi}, where bash-completion looks for it beside {@code bin/}, and {@code
     * DIR/zsh/sesi-completion.zsh}.
     *
     * @param args the {@code share} directory
     */
    public static void main(String[] args) throws IOException {
        Path share = Path.of(args[0]);
        write(share.resolve("bash-completion").resolve("completions").resolve("sesi"), script(Shell.BASH));
        write(share.resolve("zsh").resolve("sesi-completion.zsh"), script(Shell.ZSH));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
