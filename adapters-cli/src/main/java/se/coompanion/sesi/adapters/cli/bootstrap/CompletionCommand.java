package se.coompanion.sesi.adapters.cli.bootstrap;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.adapters.cli.ExitCode;

/**
 * {@code sesi completion bash|zsh}: the shell's completion script for every command and option of the tree, for
 * {@code source <(sesi completion bash)}. The distribution carries the same script, made at build time
 * ({@link CompletionScripts}), under {@code share/}.
 */
@Command(name = "completion", resourceBundle = "se.coompanion.sesi.adapters.cli.messages",
        mixinStandardHelpOptions = true)
final class CompletionCommand extends CliCommand {

    @Parameters(paramLabel = "bash|zsh", descriptionKey = "completion.shell")
    private CompletionScripts.Shell shell;

    @Override
    public Integer call() {
        out().print(CompletionScripts.script(shell));
        out().flush();
        return ExitCode.OK;
    }
}
