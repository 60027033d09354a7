package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.ShowSurveyUnit;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;

/** The sampling frame: importing it (streamed, in batches, in one transaction), listing it, one unit's record. */
public final class SamplingFrameService implements ImportSamplingFrame, ListSamplingFrame, ShowSurveyUnit {

    private final SamplingFrames frames;
    private final ContactWaves waves;
    private final DispositionEvents dispositions;
    private final PreStudies preStudies;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public SamplingFrameService(SamplingFrames frames, ContactWaves waves, DispositionEvents dispositions,
            PreStudies preStudies, ImportLog importLog, Transactions transactions, CommandValidator validator,
            Clock clock) {
        this.frames = Objects.requireNonNull(frames);
        this.waves = Objects.requireNonNull(waves);
        this.dispositions = Objects.requireNonNull(dispositions);
        this.preStudies = Objects.requireNonNull(preStudies);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportSamplingFrame.Result importFrame(ImportSamplingFrame.Command command) {
        validator.check(command);
        Set<County> region = transactions.inTransaction(() -> SurveyInput.region(preStudies));
        long[] stored = transactions.inTransaction(frames::organisationNumbers);
        Writer writer = new Writer(command.frame().name());
        ImportReport report = new FrameFile(region, stored).rowImport().run(command.frame(), command.options(),
                importLog, transactions, clock, writer::write);
        return new ImportSamplingFrame.Result(report, writer.population, writer.unconfirmed,
                Optional.ofNullable(writer.first), Optional.ofNullable(writer.last), writer.excluded,
                writer.excludedCount);
    }

    /** Gives the rows their response ids and stores them, batch by batch, inside the import's transaction. */
    private final class Writer {
        private final String source;
        private int next;
        private int population;
        private int unconfirmed;
        private ResponseId first;
        private ResponseId last;
        private final List<FrameEntry> excluded = new ArrayList<>();
        private int excludedCount;

        Writer(String source) {
            this.source = source;
        }

        void write(List<FrameFile.Row> rows) {
            if (next == 0) {
                next = frames.lastResponseSequence() + 1;
            }
            List<FrameEntry> entries = new ArrayList<>(rows.size());
            for (FrameFile.Row row : rows) {
                FrameUnit unit;
                if (row.eligibility().isEligible()) {
                    ResponseId id = ResponseId.of(next++);
                    unit = row.unit(Optional.of(id));
                    first = first == null ? id : first;
                    last = id;
                    population++;
                    unconfirmed += row.eligibility().businessActivityUnconfirmed() ? 1 : 0;
                } else {
                    unit = row.unit(Optional.empty());
                    if (excluded.size() < ImportSamplingFrame.Result.EXCLUDED_LISTED) {
                        excluded.add(new FrameEntry(unit, source, row.line()));
                    }
                    excludedCount++;
                }
                entries.add(new FrameEntry(unit, source, row.line()));
            }
            frames.addAll(entries);
        }
    }

    @Override
    public List<ListSamplingFrame.Member> population() {
        return transactions.inTransaction(() -> {
            Map<ResponseId, Disposition> current = dispositions.current();
            return frames.population().stream()
                    .map(u -> new ListSamplingFrame.Member(u, current.getOrDefault(u.responseId().orElseThrow(),
                            Disposition.UNKNOWN_NO_RETURN)))
                    .toList();
        });
    }

    @Override
    public List<FrameEntry> excluded() {
        return transactions.inTransaction(frames::excluded);
    }

    @Override
    public FrameSize size() {
        return transactions.inTransaction(frames::size);
    }

    @Override
    public ShowSurveyUnit.Result show(ShowSurveyUnit.Query query) {
        validator.check(query);
        ResponseId id = SurveyInput.responseId("responseId", query.responseId());
        return transactions.inTransaction(() -> {
            FrameUnit unit = frames.find(id).orElseThrow(() -> SurveyInput.unitMissing(id));
            List<DispositionEvent> history = dispositions.history(id);
            Disposition now = history.isEmpty() ? Disposition.UNKNOWN_NO_RETURN
                    : history.get(history.size() - 1).disposition();
            return new ShowSurveyUnit.Result(unit, now, history, waves.sentTo(id));
        });
    }
}
