package se.coompanion.sesi.adapters.cli.seminar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.adapters.cli.ExitCode;
import se.coompanion.sesi.adapters.cli.SesiCli;

/**
 * {@code sesi seminar} end to end. The command line's clock says 2024-05-02; the seminar was on 2024-04-25 with
 * answers by 2024-04-15.
 */
class SeminarCommandsTest {

    @TempDir
    Path directory;

    private SesiCli sesi;

    @BeforeEach
    void a_register_with_four_contacts_and_a_seminar_with_two_methods() {
        sesi = new SesiCli(directory);
        sesi.ok("init");
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role",
                "MUNICIPALITY");
        sesi.ok("actor", "add", "--name", "Gröna händer ek. för.", "--role", "WORK_INTEGRATION_SOCIAL_ENTERPRISE");
        sesi.ok("contact", "add", "sundsvalls-kommun", "--name", "Maria Sjödin", "--email",
                "maria.sjodin@sundsvall.example");
        sesi.ok("contact", "add", "sundsvalls-kommun", "--name", "Olle Berg", "--phone", "070-174 06 99");
        sesi.ok("contact", "add", "grona-hander-ek-for", "--name", "Ahmed Yusuf", "--email",
                "ahmed@gronahander.example");
        sesi.ok("contact", "add", "grona-hander-ek-for", "--name", "=Elin Persson");
        sesi.ok("seminar", "create", "--title", "Metoder för jobb och kompetens", "--date", "2024-04-25",
                "--answer-by", "2024-04-15", "--place", "Folkets hus, Sundsvall", "--accessibility", "Hörslinga",
                "--accessibility", "Tillgänglig lokal");
        sesi.ok("seminar", "agenda", "add", "Sociala hänsyn i upphandling", "--method", "SOCIAL_PROCUREMENT");
        sesi.ok("seminar", "agenda", "add", "IOP i praktiken", "--method", "iop", "--description", "Timrå");
    }

    private void inviteAndAnswer() {
        sesi.ok("seminar", "invite", "--actor", "sundsvalls-kommun,grona-hander-ek-for", "--date", "2024-04-01");
        sesi.ok("seminar", "answer", "1", "ACCEPTED", "--via", "email", "--date", "2024-04-03");
        sesi.ok("seminar", "answer", "3", "nej", "--via", "phone", "--date", "2024-04-10");
    }

    @Test
    void invitations_answers_and_reminders_are_listed_with_the_fixed_header() throws Exception {
        SesiCli.Result invited = sesi.ok("--lang", "en", "seminar", "invite", "--contact", "1,2", "--date",
                "2024-04-01");
        SesiCli.Result more = sesi.ok("--lang", "en", "seminar", "invite", "--actor", "grona-hander-ek-for,212000-2411",
                "--date", "2024-04-02");
        sesi.ok("seminar", "answer", "1", "ACCEPTED", "--via", "email", "--date", "2024-04-03");
        SesiCli.Result late = sesi.ok("--lang", "en", "seminar", "answer", "3", "DECLINED", "--via", "phone",
                "--date", "2024-04-20");
        Path list = directory.resolve("paminnelse.csv");
        SesiCli.Result reminded = sesi.ok("--lang", "en", "seminar", "remind", "--date", "2024-04-12", "--out",
                list.toString());

        assertThat(invited.out()).contains("Invited 2 contact persons to seminar 1 on 2024-04-01");
        assertThat(more.out()).contains("Invited 2 contact persons", "Already invited, left as they were: "
                + "1 Maria Sjödin, 2 Olle Berg");
        assertThat(late.out()).contains("Ahmed Yusuf (Gröna händer ek. för.): declined on 2024-04-20, by phone");
        assertThat(reminded.out()).contains("Reminder to 3 persons for seminar 1 recorded on 2024-04-12",
                "2 of them have no email address");
        assertThat(Files.readString(list, StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "\uFEFFcontact,name,organisation,email,phone",
                "2,Olle Berg,Sundsvalls kommun,,070-174 06 99",
                "3,Ahmed Yusuf,Gröna händer ek. för.,ahmed@gronahander.example,",
                "4,'=Elin Persson,Gröna händer ek. för.,,");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(list))).isEqualTo("rw-------");
        }
        assertThat(sesi.ok("seminar", "invitations", "--format", "csv").out().lines().toList()).containsExactly(
                "contact,name,organisation,email,invited_on,status,answered_on,answered_via,reminders,"
                        + "last_reminded_on,attended",
                "1,Maria Sjödin,Sundsvalls kommun,maria.sjodin@sundsvall.example,2024-04-01,ACCEPTED,2024-04-03,EMAIL,"
                        + "0,,false",
                "2,Olle Berg,Sundsvalls kommun,,2024-04-01,NO_ANSWER,,,1,2024-04-12,false",
                "3,Ahmed Yusuf,Gröna händer ek. för.,ahmed@gronahander.example,2024-04-02,DECLINED,2024-04-20,PHONE,"
                        + "1,2024-04-12,false",
                "4,'=Elin Persson,Gröna händer ek. för.,,2024-04-02,NO_ANSWER,,,1,2024-04-12,false");
        assertThat(sesi.ok("seminar", "invitations", "--status", "NO_ANSWER").out()).contains("Olle Berg",
                "inget svar").doesNotContain("Maria");
    }

    @Test
    void attendance_by_gender_outcomes_final_minutes_and_the_evaluation_make_the_seminar_held() throws Exception {
        inviteAndAnswer();
        sesi.ok("seminar", "attend", "1", "--gender", "WOMAN");
        sesi.ok("seminar", "attend", "4");
        SesiCli.Result walkIns = sesi.ok("--lang", "en", "seminar", "attend", "--walk-in", "--gender", "man",
                "--count", "2");
        sesi.ok("seminar", "outcome", "1", "--ratings", "5,4,4,3", "--conclusion", "Pröva reserverade kontrakt",
                "--conclusion", "Utbilda upphandlare");
        SesiCli.Result outcome = sesi.ok("--lang", "en", "seminar", "outcome", "2", "--ratings", "4 5");
        Path minutes = directory.resolve("minnesanteckningar.md");
        Files.writeString(minutes, "\uFEFF# Minnesanteckningar\r\n\r\nSeminariet hölls i Sundsvall.\r\n");
        sesi.ok("seminar", "minutes", "write", "--file", minutes.toString());
        assertThat(sesi.ok("status", "--format", "csv").out())
                .contains("ANALYSIS_SEMINAR,1,0,SEMINARS,0.0,IN_PROGRESS");
        SesiCli.Result finalised = sesi.ok("--lang", "en", "seminar", "minutes", "final");
        SesiCli.Result evaluation = sesi.ok("--lang", "en", "seminar", "evaluation", "--ratings", "5,4,4",
                "--comment", "Bra blandning");

        assertThat(walkIns.out()).contains("Walk-ins now: 2. Attendees: 4 (women 1, men 2, non-binary 0, "
                + "not stated 1)");
        // N = 2; mean = (4 + 5) / 2 = 4.5
        assertThat(outcome.out()).contains("Item 2 (IOP i praktiken): 2 ratings, mean 4.50; 0 conclusions");
        assertThat(finalised.out()).contains("Minutes version 1 is final and locked");
        // N = 3; mean = (5 + 4 + 4) / 3 = 4.333...
        assertThat(evaluation.out()).contains("Evaluation of seminar 1: 3 ratings, mean 4.33; 1 comment");
        assertThat(sesi.ok("seminar", "attendance", "--format", "csv").out().lines().toList()).containsExactly(
                "contact,name,organisation,gender,invited,count",
                "1,Maria Sjödin,Sundsvalls kommun,WOMAN,true,1",
                "4,'=Elin Persson,Gröna händer ek. för.,NOT_STATED,true,1",
                "\"\",,,MAN,false,2");
        // item 1: N = 4, sum = 5 + 4 + 4 + 3 = 16, mean = 16 / 4 = 4.00
        assertThat(sesi.ok("seminar", "agenda", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "item,title,method,n,mean,rated_1,rated_2,rated_3,rated_4,rated_5,conclusions",
                "1,Sociala hänsyn i upphandling,SOCIAL_PROCUREMENT,4,4.00,0,0,1,2,1,"
                        + "Pröva reserverade kontrakt | Utbilda upphandlare",
                "2,IOP i praktiken,IOP,2,4.50,0,0,0,1,1,");
        assertThat(sesi.ok("seminar", "list", "--format", "csv").out().lines().toList()).containsExactly(
                "seminar,title,date,answer_by,place,link,agenda_items,invited,accepted,declined,no_answer,attendees,"
                        + "women,men,non_binary,not_stated,minutes,held",
                "1,Metoder för jobb och kompetens,2024-04-25,2024-04-15,\"Folkets hus, Sundsvall\",,2,4,1,1,2,4,1,2,0,"
                        + "1,FINAL,true");
        assertThat(sesi.ok("seminar", "minutes", "show").out()).isEqualTo(
                "# Minnesanteckningar\n\nSeminariet hölls i Sundsvall.\n");
        assertThat(sesi.ok("status", "--format", "csv").out()).contains("ANALYSIS_SEMINAR,1,1,SEMINARS,100.0,DONE");
        assertThat(sesi.ok("--lang", "en", "status").out()).contains("one seminar planned, one held and documented",
                "attendees of seminars held: 4 (women 1, men 2, non-binary 0, not stated 1)");
        SesiCli.Result shown = sesi.ok("--lang", "en", "seminar", "show");
        assertThat(shown.out()).contains("Hörslinga | Tillgänglig lokal", "Invitations: no answer",
                "Held and documented", "Conclusions on item 1 (Sociala hänsyn i upphandling):",
                "  - Utbilda upphandlare", "  - Bra blandning");
        assertThat(sesi.ok("seminar", "show", "--format", "csv").out()).startsWith("field,value\n")
                .contains("status:NO_ANSWER,2\n", "attendees:MAN,2\n", "held,true\n", "evaluation_mean,4.33\n");
    }

    @Test
    void a_final_version_is_locked_so_a_change_makes_version_two_and_every_version_is_kept() {
        sesi.ok("seminar", "minutes", "write", "--text", "Utkast");
        sesi.ok("seminar", "minutes", "write", "--text", "Utkast två", "--final");
        SesiCli.Result again = sesi.run("seminar", "minutes", "final");
        SesiCli.Result revised = sesi.ok("--lang", "en", "seminar", "minutes", "write", "--text", "Rättad");

        assertThat(again.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(revised.out()).contains("Minutes version 2 of seminar 1 written (draft)");
        assertThat(sesi.ok("seminar", "minutes", "versions", "--format", "csv").out().lines().toList())
                .containsExactly("version,status,written_at,finalised_at,characters",
                        "1,FINAL,2024-05-02T08:00:00Z,2024-05-02T08:00:00Z,10",
                        "2,DRAFT,2024-05-02T08:00:00Z,,6");
        assertThat(sesi.ok("seminar", "minutes", "show", "1").out()).isEqualTo("Utkast två\n");
        assertThat(sesi.run("seminar", "minutes", "show", "3").exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    @Test
    void wrong_input_is_exit_2_unknown_things_exit_3_and_wrong_states_exit_4() {
        inviteAndAnswer();
        sesi.ok("seminar", "create", "--title", "Uppföljning", "--date", "2024-06-12", "--link",
                "https://meet.example/sesi");

        SesiCli.Result noPlace = sesi.run("--lang", "en", "seminar", "create", "--title", "X", "--date",
                "2024-06-01");
        SesiCli.Result which = sesi.run("--lang", "en", "seminar", "invitations");
        SesiCli.Result unknown = sesi.run("seminar", "show", "--seminar", "9");
        SesiCli.Result twice = sesi.run("--lang", "en", "seminar", "answer", "1", "DECLINED", "--seminar", "1");
        SesiCli.Result early = sesi.run("--lang", "en", "seminar", "attend", "1", "--seminar", "2");
        SesiCli.Result neither = sesi.run("seminar", "attend", "--seminar", "1");
        SesiCli.Result badRating = sesi.run("--lang", "en", "seminar", "outcome", "1", "--ratings", "5,7",
                "--seminar", "1");
        SesiCli.Result noFile = sesi.run("seminar", "minutes", "write", "--file", directory.resolve("nej.md")
                .toString(), "--seminar", "1");
        SesiCli.Result nobody = sesi.run("seminar", "remind", "--status", "ACCEPTED", "--contact", "2", "--date",
                "2024-04-20", "--out", directory.resolve("r.csv").toString(), "--seminar", "1");

        assertThat(noPlace.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noPlace.err()).contains("A seminar needs a place, a digital link, or both");
        assertThat(which.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(which.err()).contains("There are 2 seminars: name one with --seminar (1, 2)");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(twice.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(twice.err()).contains("Give --replace to change the answer");
        assertThat(early.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(early.err()).contains("Seminar 2 is on 2024-06-12: attendance can be recorded from that day");
        assertThat(neither.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badRating.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badRating.err()).contains("Rating 7: each rating is a whole number from 1 to 5");
        assertThat(noFile.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.CONFLICT);
        assertThat(directory.resolve("r.csv")).doesNotExist();
        assertThat(noPlace.err() + which.err() + twice.err() + early.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void every_seminar_command_has_help_in_both_languages() {
        sesi.assertHelpInBothLanguages("(option|create|agenda|invite|invitations|answer|remind|attend|outcome|minutes"
                + "|evaluation)\\.[a-zA-Z]", new String[][] {{"seminar"}, {"seminar", "create"}, {"seminar", "list"},
                    {"seminar", "show"}, {"seminar", "agenda"}, {"seminar", "agenda", "add"},
                    {"seminar", "agenda", "list"}, {"seminar", "invite"}, {"seminar", "invitations"},
                    {"seminar", "answer"}, {"seminar", "remind"}, {"seminar", "attend"}, {"seminar", "attendance"},
                    {"seminar", "outcome"}, {"seminar", "minutes"}, {"seminar", "minutes", "write"},
                    {"seminar", "minutes", "final"}, {"seminar", "minutes", "show"}, {"seminar", "minutes", "versions"},
                    {"seminar", "evaluation"}});
    }
}
