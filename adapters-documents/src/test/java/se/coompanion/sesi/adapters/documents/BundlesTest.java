package se.coompanion.sesi.adapters.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text of the documents is in Swedish and English. */
class BundlesTest {

    @TempDir
    Path directory;

    @Test
    void every_bundle_of_the_documents_has_the_same_keys_in_both_languages() throws IOException {
        Path resources = Path.of("src", "main", "resources");

        assertThat(BundleKeys.count(resources)).isGreaterThanOrEqualTo(10);
        assertThat(BundleKeys.differences(resources)).isEmpty();
    }

    @Test
    void a_key_in_one_language_only_is_found() throws IOException {
        Path bundle = Files.createDirectories(directory.resolve("x"));
        Files.writeString(bundle.resolve("messages.properties"), "title=Final report\nlead=Lead\n");
        Files.writeString(bundle.resolve("messages_sv.properties"), "title=Slutrapport\nfooter=Sidfot\n");

        assertThat(BundleKeys.differences(directory)).containsExactly("x/messages.properties: lead (only in en)",
                "x/messages.properties: footer (only in sv)");
    }
}
