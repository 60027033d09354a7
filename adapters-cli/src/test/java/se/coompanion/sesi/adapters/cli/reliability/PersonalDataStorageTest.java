package se.coompanion.sesi.adapters.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * Issue 22, "also seen": personal data where people do not look. An erased person is gone from the bytes of the
 * database file when {@code privacy erase} returns (H2 keeps the pages of earlier versions until later writes reuse
 * them, so the erasure rewrites the file); and {@code db backup --exclude-personal-data} writes a backup in which every
 * contact person is erased, while the database keeps them.
 */
class PersonalDataStorageTest {

    private static final String NAME = "Maria Sjödin";
    private static final String EMAIL = "maria.sjodin@sundsvall.example";

    @TempDir
    Path directory;

    @Test
    void an_erased_person_is_gone_from_the_file_when_the_erasure_returns() throws Exception {
        SmallPreStudy study = SmallPreStudy.in(directory);
        assertThat(bytesHold(study.file(), NAME)).as("the name is in the file before").isTrue();

        study.sesi().ok("privacy", "erase", "--contact", "1");

        assertThat(bytesHold(study.file(), NAME)).as("no byte of the file holds the name").isFalse();
        assertThat(bytesHold(study.file(), EMAIL)).as("nor the e-mail").isFalse();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(study.file()))).isEqualTo("rw-------");
        assertThat(study.sesi().ok("actor", "list", "--format", "csv").out()).contains("Sundsvalls kommun");
        assertThat(study.sesi().ok("survey", "frame", "list", "--format", "csv").out().lines()).hasSizeGreaterThan(10);
    }

    @Test
    void a_backup_without_personal_data_holds_no_contact_person_and_restores() throws Exception {
        SmallPreStudy study = SmallPreStudy.in(directory);
        Path backup = directory.resolve("att-dela.zip");

        SesiCli.Result written = study.sesi().ok("db", "backup", "--exclude-personal-data", backup.toString());

        assertThat(written.out()).contains("1 contact person(s) erased in the backup");
        assertThat(zipHolds(backup, NAME)).isFalse();
        assertThat(zipHolds(backup, EMAIL)).isFalse();
        assertThat(study.sesi().ok("contact", "list", "--format", "csv").out()).as("the database keeps them")
                .contains(NAME);
        assertThat(directory.toFile().list()).as("no copy with the personal data left behind")
                .noneMatch(n -> n.startsWith(".sesi-backup"));
        SesiCli restored = new SesiCli(directory.resolve("restored")).env("SESI_LANG", "en");
        restored.ok("db", "restore", backup.toString());
        assertThat(restored.ok("contact", "list", "--format", "csv").out()).doesNotContain(NAME);
        assertThat(restored.ok("status", "--format", "csv").out())
                .isEqualTo(study.sesi().ok("status", "--format", "csv").out());
    }

    /** Whether the file holds the text as UTF-8 or as H2 writes a string (UTF-8 without the continuation bits). */
    private static boolean bytesHold(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0 || indexOf(bytes, h2String(text)) >= 0;
    }

    private static byte[] h2String(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xC0 | c >> 6);
                out.write(c & 0x3F);
            } else {
                out.write(0xE0 | c >> 12);
                out.write(c >> 6 & 0x3F);
                out.write(c & 0x3F);
            }
        }
        return out.toByteArray();
    }

    private static boolean zipHolds(Path zip, String text) throws Exception {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (indexOf(in.readAllBytes(), text.getBytes(StandardCharsets.UTF_8)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
