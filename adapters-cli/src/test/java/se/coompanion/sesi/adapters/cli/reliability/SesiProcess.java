package se.coompanion.sesi.adapters.cli.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.coompanion.sesi.adapters.cli.bootstrap.Main;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/** Starts {@code sesi} as a separate process (a JVM of its own, as a user's shell would), and test data for it. */
final class SesiProcess {

    private SesiProcess() {
    }

    /** Starts sesi with the arguments; its output goes to the given file. */
    static Process start(Map<String, String> environment, Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("SESI_LANG", "en");
        return builder.start();
    }

    static String output(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * A sampling frame of eligible ekonomiska föreningar in Sundsvall with distinct numbers: rows {@code first}
     * to {@code first + count - 1} of one numbering.
     */
    static Path frame(Path file, int first, int count) throws IOException {
        StringBuilder text = new StringBuilder(
                "organisationsnummer,namn,juridisk_form,naringsverksamhet,co_adress,utdelningsadress,postnummer,"
                        + "postort,kommunkod\n");
        for (int i = first; i < first + count; i++) {
            String nine = String.format("769%06d", i);
            text.append(nine, 0, 6).append('-').append(nine, 6, 9).append(OrganisationNumber.checkDigit(nine))
                    .append(",Förening ").append(i).append(",51,ja,,Storgatan ").append(i % 90 + 1)
                    .append(",852 33,Sundsvall,2281\n");
        }
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
