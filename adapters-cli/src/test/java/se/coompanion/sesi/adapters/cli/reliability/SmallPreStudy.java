package se.coompanion.sesi.adapters.cli.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.coompanion.sesi.adapters.cli.SesiCli;
import se.coompanion.sesi.adapters.cli.survey.SurveyFixture;

/**
 * A small pre-study in a test's directory, for the adversarial tests: the questionnaire mailed to the example frame,
 * two actors with a contact person each, a seminar with both invited, and an actor file with one bad row (line 3),
 * ready for {@code --skip-invalid --rejects}.
 *
 * @param directory the test's directory
 * @param database  the database as sesi takes it (without {@code .mv.db})
 * @param sesi      sesi over that database
 * @param badActors an actor file whose line 3 is wrong
 */
record SmallPreStudy(Path directory, Path database, SesiCli sesi, Path badActors) {

    static SmallPreStudy in(Path directory) throws Exception {
        SesiCli sesi = new SesiCli(directory).env("SESI_LANG", "en");
        new SurveyFixture(sesi).mailed(directory);
        sesi.ok("actor", "add", "--name", "Sundsvalls kommun", "--org-number", "212000-2411", "--role",
                "MUNICIPALITY");
        sesi.ok("contact", "add", "sundsvalls-kommun", "--name", "Maria Sjödin", "--email",
                "maria.sjodin@sundsvall.example");
        sesi.ok("seminar", "create", "--title", "Metoder för jobb", "--date", "2024-04-25", "--answer-by",
                "2024-04-15", "--place", "Sundsvall");
        sesi.ok("seminar", "invite", "--actor", "sundsvalls-kommun", "--date", "2024-04-01");
        Path bad = Files.writeString(directory.resolve("aktorer-fel.csv"), """
                organisationsnummer,namn,juridisk_form,roller,kommunkod
                802002-8711,Föreningen Ett,Ideell förening,NON_PROFIT_WITH_BUSINESS,2281
                802002-8712,=HYPERLINK("http://example.org"),Ideell förening,NON_PROFIT_WITH_BUSINESS,2281
                """, StandardCharsets.UTF_8);
        return new SmallPreStudy(directory, directory.resolve("sesi"), sesi, bad);
    }

    /** The database file. */
    Path file() {
        return Path.of(database + ".mv.db");
    }

    DatabaseFingerprint fingerprint() {
        return DatabaseFingerprint.ofH2(database);
    }
}
