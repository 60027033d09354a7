package se.coompanion.sesi.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.coompanion.sesi.adapters.documents.csv.CsvFileSource;
import se.coompanion.sesi.adapters.documents.csv.FileEncoding;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.Disagreement;

/**
 * The data entry and results of the demo survey, through the same files and use cases a user would: every return
 * of the demo (the units whose disposition is COMPLETE or PARTIAL) is keyed from {@code enkat/inmatning-1.csv};
 * a sample of about one form in seven is keyed again by another person ({@code enkat/inmatning-2.csv}) as a check,
 * with a few keying errors, and most of the disagreements are resolved; then the results pages (overall, by county,
 * by legal form, in Swedish and English) and the export are written. The answers are drawn with a fixed seed from
 * {@link DemoAnswers}: fictional, but shaped so that the results have something to discuss (the need of a support
 * structure differs by county and legal form).
 */
final class SurveyEntryDemo implements DemoStep {

    static final long SEED = SurveyDemo.SEED + 6;
    /** The forms came back by this day; data entry records it only where a disposition changes. */
    static final LocalDate RECEIVED = LocalDate.of(2024, 4, 15);
    /** Disagreements left open, so that the demo shows forms held back from the analysis. */
    static final int LEFT_OPEN = 2;

    @Override
    public Message title() {
        return Message.of(SurveyEntryDemo.class, "demo.step.surveyEntry");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        Path folder = directory.resolve("enkat");
        Questionnaire questionnaire = sesi.survey().showQuestionnaire().show(OptionalInt.empty()).questionnaire();
        List<String> header = new ArrayList<>(List.of(Question.RESPONSE_ID_VARIABLE));
        questionnaire.questions().forEach(q -> header.add(q.variable()));
        DemoAnswers answers = new DemoAnswers(questionnaire, new Random(SEED));
        List<Map<String, String>> first = new ArrayList<>();
        for (ListSamplingFrame.Member member : sesi.survey().listSamplingFrame().population()) {
            if (member.disposition().isReturn()) {
                first.add(answers.form(member.unit(), member.disposition() == Disposition.PARTIAL));
            }
        }
        Random sample = new Random(SEED + 1);
        List<Map<String, String>> second = new ArrayList<>();
        for (Map<String, String> form : first) {
            if (sample.nextInt(7) == 0) {
                second.add(answers.rekeyed(form, sample));
            }
        }
        keyed(sesi, write(folder.resolve("inmatning-1.csv"), header, first), EntryPass.FIRST, "anna");
        keyed(sesi, write(folder.resolve("inmatning-2.csv"), header, second), EntryPass.SECOND, "bo");
        CompareEntries.Result compared = sesi.survey().compareEntries().compare(new CompareEntries.Query(true));
        List<Disagreement> open = compared.disagreements();
        // The adjudicator checks the paper form: in the demo, pass 1 was keyed right.
        for (Disagreement d : open.subList(0, Math.max(0, open.size() - LEFT_OPEN))) {
            sesi.survey().resolveDisagreement().resolve(new ResolveDisagreement.Command(d.responseId().toString(),
                    d.variable(), d.first(), "cecilia"));
        }
        Path results = folder.resolve("resultat");
        for (Locale locale : List.of(Locale.forLanguageTag("sv-SE"), Locale.forLanguageTag("en-GB"))) {
            for (ResultGrouping grouping : List.of(ResultGrouping.NONE, ResultGrouping.COUNTY,
                    ResultGrouping.LEGAL_FORM)) {
                DemoStep.documents(sesi).surveyResults(new ComputeSurveyResults.Query(Optional.empty(), grouping),
                        locale).writeInto(results);
            }
        }
        DemoStep.documents(sesi).surveyExport(Locale.forLanguageTag("sv-SE")).writeInto(folder.resolve("export"));
    }

    private static void keyed(SesiApplication sesi, Path file, EntryPass pass, String keyedBy) {
        sesi.survey().importReturns().importReturns(new ImportReturns.Command(CsvFileSource.open(file,
                FileEncoding.Choice.AUTO), ImportOptions.ALL_OR_NOTHING, pass, OptionalInt.empty(), false,
                Optional.of(RECEIVED), keyedBy));
    }

    private static Path write(Path file, List<String> header, List<Map<String, String>> forms) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                            .get())) {
                printer.printRecord(header);
                for (Map<String, String> form : forms) {
                    printer.printRecord(header.stream().map(h -> form.getOrDefault(h, "")).toList());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
