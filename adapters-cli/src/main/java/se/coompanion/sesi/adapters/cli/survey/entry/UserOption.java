package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --user NAME}: who keys, adjudicates or changes a setting; recorded with what they did. By default the
 * operating system's user ({@code USER}, {@code USERNAME}, else the JVM's {@code user.name}).
 */
public final class UserOption {

    @Option(names = "--user", paramLabel = "NAME", descriptionKey = "entry.user")
    private String user;

    /** The person named, or the operating system's user. */
    public String who(Map<String, String> environment) {
        return Optional.ofNullable(user).filter(u -> !u.isBlank())
                .or(() -> Optional.ofNullable(environment.get("USER")).filter(u -> !u.isBlank()))
                .or(() -> Optional.ofNullable(environment.get("USERNAME")).filter(u -> !u.isBlank()))
                .orElseGet(() -> System.getProperty("user.name", "unknown")).strip();
    }
}
