package se.coompanion.sesi.adapters.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.BundleKeys;

/**
 * Every text of the command line (help, messages, the hints it gives the documents) is in Swedish and English; the
 * documents' own text is checked in the documents module.
 */
class BundlesTest {

    @Test
    void every_bundle_of_the_command_line_has_the_same_keys_in_both_languages() throws IOException {
        Path resources = Path.of("src", "main", "resources");

        assertThat(BundleKeys.count(resources)).isGreaterThanOrEqualTo(15);
        assertThat(BundleKeys.differences(resources)).isEmpty();
    }
}
