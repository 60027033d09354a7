package se.coompanion.sesi.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.adapters.cli.survey.MailMergeFile;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.WaveType;

/**
 * The postal survey of the demo, through the same use cases and files a user would: the SESI questionnaire of
 * docs/examples, a fictional frame of about 1,200 associations (written to {@code enkat/urvalsram.csv} and
 * imported), three waves of Dillman's sequence with their address lists, and what came back after each wave. The
 * outcomes are drawn with a fixed seed and give an RR2 of about 35 %, a realistic rate for a mailed survey of
 * organisations with one reminder.
 */
final class SurveyDemo implements DemoStep {

    static final long SEED = 20_240_311L;

    private static final LocalDate PRE_NOTICE = LocalDate.of(2024, 3, 4);
    private static final LocalDate QUESTIONNAIRE = LocalDate.of(2024, 3, 11);
    private static final LocalDate REMINDER = LocalDate.of(2024, 3, 18);

    @Override
    public Message title() {
        return Message.of(SurveyDemo.class, "demo.step.survey");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        Path folder = directory.resolve("enkat");
        try {
            Path dictionary = DemoFiles.copy("sesi-enkat.csv", folder);
            sesi.survey().loadQuestionnaire().load(new LoadQuestionnaire.Command(CsvFileSource.open(dictionary,
                    FileEncoding.Choice.AUTO)));
            Path frame = folder.resolve("urvalsram.csv");
            writeFrame(frame, DemoAssociations.generate(SEED));
            sesi.survey().importSamplingFrame().importFrame(new ImportSamplingFrame.Command(CsvFileSource.open(frame,
                    FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random outcomes = new Random(SEED + 1);
        wave(sesi, WaveType.PRE_NOTICE, PRE_NOTICE, folder.resolve("utskick-1-forhandsbrev.csv"));
        afterPreNotice(sesi, outcomes);
        wave(sesi, WaveType.QUESTIONNAIRE, QUESTIONNAIRE, folder.resolve("utskick-2-enkat.csv"));
        afterQuestionnaire(sesi, outcomes);
        wave(sesi, WaveType.REMINDER_POSTCARD, REMINDER, folder.resolve("utskick-3-paminnelsekort.csv"));
        afterReminder(sesi, outcomes);
    }

    private static void writeFrame(Path file, List<List<String>> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(DemoAssociations.HEADER);
            printer.printRecords(rows);
        }
    }

    private static void wave(SesiApplication sesi, WaveType type, LocalDate date, Path list) {
        SendContactWave.Result result = sesi.survey().sendContactWave().send(new SendContactWave.Command(type, date,
                Optional.empty()));
        MailMergeFile.write(list, result.recipients());
    }

    /** A few pre-notice letters come back undeliverable; a few associations call to decline. */
    private static void afterPreNotice(SesiApplication sesi, Random random) {
        for (FrameUnit unit : open(sesi)) {
            double draw = random.nextDouble();
            if (draw < 0.015) {
                record(sesi, unit, Disposition.UNKNOWN_UNDELIVERABLE, PRE_NOTICE.plusDays(2 + random.nextInt(4)));
            } else if (draw < 0.023) {
                record(sesi, unit, Disposition.REFUSAL, PRE_NOTICE.plusDays(2 + random.nextInt(4)));
            }
        }
    }

    /**
     * The first returns: completes and partials, refusals, undeliverables, and associations found not eligible
     * (most often an ideella förening whose business activity the frame did not know, answering no to the
     * screening question).
     */
    private static void afterQuestionnaire(SesiApplication sesi, Random random) {
        for (FrameUnit unit : open(sesi)) {
            double draw = random.nextDouble();
            double notEligible = unit.eligibility().businessActivityUnconfirmed() ? 0.25 : 0.008;
            LocalDate date = QUESTIONNAIRE.plusDays(2 + random.nextInt(6));
            if (draw < notEligible) {
                record(sesi, unit, Disposition.NOT_ELIGIBLE, date);
            } else if (draw < notEligible + 0.22) {
                record(sesi, unit, Disposition.COMPLETE, date);
            } else if (draw < notEligible + 0.24) {
                record(sesi, unit, Disposition.PARTIAL, date);
            } else if (draw < notEligible + 0.26) {
                record(sesi, unit, Disposition.REFUSAL, date);
            } else if (draw < notEligible + 0.27) {
                record(sesi, unit, Disposition.UNKNOWN_UNDELIVERABLE, date);
            }
        }
    }

    /** The returns after the reminder postcard, over the following weeks. */
    private static void afterReminder(SesiApplication sesi, Random random) {
        for (FrameUnit unit : open(sesi)) {
            double draw = random.nextDouble();
            LocalDate date = REMINDER.plusDays(2 + random.nextInt(21));
            if (draw < 0.15) {
                record(sesi, unit, Disposition.COMPLETE, date);
            } else if (draw < 0.165) {
                record(sesi, unit, Disposition.PARTIAL, date);
            } else if (draw < 0.175) {
                record(sesi, unit, Disposition.REFUSAL, date);
            } else if (draw < 0.18) {
                record(sesi, unit, Disposition.NON_CONTACT, date);
            } else if (draw < 0.185) {
                record(sesi, unit, Disposition.OTHER, date);
            } else if (draw < 0.19) {
                record(sesi, unit, Disposition.NOT_ELIGIBLE, date);
            }
        }
    }

    /** The units with nothing returned yet, in response-id order. */
    private static List<FrameUnit> open(SesiApplication sesi) {
        return sesi.survey().listSamplingFrame().population().stream()
                .filter(m -> !m.disposition().isFinal())
                .map(ListSamplingFrame.Member::unit)
                .toList();
    }

    private static void record(SesiApplication sesi, FrameUnit unit, Disposition disposition, LocalDate date) {
        sesi.survey().recordDisposition().record(new RecordDisposition.Command(
                unit.responseId().orElseThrow().toString(), disposition, Optional.of(date), false));
    }
}
