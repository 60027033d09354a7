package se.coompanion.sesi.adapters.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.SesiCli;

/** The demo's analysis seminar, as a user would look at it. */
class SeminarDemoTest {

    private static final DemoRun DEMO = DemoRun.shared();

    @TempDir
    Path directory;

    private final Path out = DEMO.out();
    private SesiCli sesi;

    @BeforeEach
    void the_demo_database() {
        sesi = DEMO.cli(directory);
    }

    private List<List<String>> csv(String... args) {
        return DemoRun.csv(sesi, args);
    }

    @Test
    void thirty_contact_persons_are_invited_and_answer_by_several_channels() {
        List<List<String>> invitations = csv("seminar", "invitations", "--format", "csv");

        assertThat(invitations).hasSize(30);
        assertThat(invitations).filteredOn(i -> i.get(5).equals("ACCEPTED")).hasSize(22);
        assertThat(invitations).filteredOn(i -> i.get(5).equals("DECLINED")).hasSize(4);
        assertThat(invitations).filteredOn(i -> i.get(5).equals("NO_ANSWER")).hasSize(4);
        assertThat(invitations).extracting(i -> i.get(7)).contains("EMAIL", "PHONE", "LETTER", "IN_PERSON", "FORM");
        assertThat(invitations).as("one answer came after the answer day (2024-04-05)")
                .anyMatch(i -> i.get(6).compareTo("2024-04-05") > 0);
        assertThat(invitations).allMatch(i -> i.get(3).isEmpty() || i.get(3).endsWith(".example"));
        assertThat(csv("contact", "list", "--format", "csv")).hasSizeGreaterThanOrEqualTo(30)
                .allMatch(c -> c.get(6).isEmpty() || c.get(6).matches("070-174 06 [0-9]{2}"));
    }

    @Test
    void the_reminder_went_to_the_unanswered_and_its_list_was_written() throws IOException {
        List<String> list = Files.readAllLines(out.resolve("seminarium").resolve("paminnelse-2024-04-02.csv"),
                StandardCharsets.UTF_8);
        List<List<String>> reminded = csv("seminar", "invitations", "--format", "csv").stream()
                .filter(i -> i.get(8).equals("1")).toList();

        assertThat(list.get(0)).isEqualTo("\uFEFFcontact,name,organisation,email,phone");
        assertThat(list).hasSize(1 + reminded.size());
        assertThat(reminded).hasSize(10).allMatch(i -> i.get(9).equals("2024-04-02"))
                .allMatch(i -> i.get(6).isEmpty() || i.get(6).compareTo("2024-04-02") > 0);
    }

    @Test
    void twenty_attendees_by_gender_and_outcomes_for_four_methods_with_final_minutes() {
        List<List<String>> attendance = csv("seminar", "attendance", "--format", "csv");
        List<List<String>> agenda = csv("seminar", "agenda", "list", "--format", "csv");

        assertThat(attendance.stream().mapToInt(a -> Integer.parseInt(a.get(5))).sum()).isEqualTo(20);
        assertThat(attendance.stream().filter(a -> a.get(3).equals("WOMAN")).mapToInt(a -> Integer.parseInt(a.get(5)))
                .sum()).isEqualTo(12);
        assertThat(attendance.stream().filter(a -> a.get(3).equals("MAN")).mapToInt(a -> Integer.parseInt(a.get(5)))
                .sum()).isEqualTo(7);
        assertThat(agenda).filteredOn(a -> !a.get(2).isEmpty()).extracting(a -> a.get(2))
                .containsExactly("SOCIAL_PROCUREMENT", "WORK_INTEGRATION", "COOPERATIVE_START_UP", "IOP");
        assertThat(agenda).filteredOn(a -> !a.get(2).isEmpty())
                .allMatch(a -> Integer.parseInt(a.get(3)) >= 15 && !a.get(4).isEmpty() && !a.get(10).isEmpty());
        assertThat(csv("seminar", "minutes", "versions", "--format", "csv")).extracting(v -> v.get(1))
                .containsExactly("FINAL", "FINAL");
        assertThat(sesi.ok("seminar", "minutes", "show").out()).contains("Rättelse (version 2)");
        assertThat(sesi.ok("seminar", "minutes", "show", "1").out()).doesNotContain("Rättelse");
        assertThat(out.resolve("seminarium").resolve("minnesanteckningar.md")).content().contains("IOP");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("ANALYSIS_SEMINAR,1,1,SEMINARS,100.0,DONE");
        assertThat(sesi.ok("seminar", "show", "--format", "csv").out()).contains("evaluation_n,17\n",
                "accessibility,");
    }

    @Test
    void the_seminar_survives_a_backup_and_restore() {
        SesiCli restored = DEMO.sameAfterRestore(directory, new String[] {"seminar", "list"},
                new String[] {"seminar", "show"}, new String[] {"seminar", "invitations"},
                new String[] {"seminar", "attendance"}, new String[] {"seminar", "agenda", "list"},
                new String[] {"seminar", "minutes", "versions"});

        assertThat(restored.ok("seminar", "minutes", "show", "2").out())
                .isEqualTo(sesi.ok("seminar", "minutes", "show", "2").out());
    }
}
