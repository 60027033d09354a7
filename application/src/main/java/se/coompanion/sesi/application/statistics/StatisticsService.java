package se.coompanion.sesi.application.statistics;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.statistics.port.in.ListStatistics;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.Figure;
import se.coompanion.sesi.domain.statistics.FigureKey;
import se.coompanion.sesi.domain.statistics.Statistics;

/** Importing and listing the statistics on women's entrepreneurship. */
public final class StatisticsService implements ImportStatistics, ListStatistics {

    /** The import's name in the import log. */
    public static final String IMPORT_KIND = "statistics";

    private final StatisticalFigures figures;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public StatisticsService(StatisticalFigures figures, ImportLog importLog, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.figures = Objects.requireNonNull(figures);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportReport importStatistics(ImportStatistics.Command command) {
        validator.check(command);
        Set<FigureKey> stored = command.replace() ? Set.of()
                : transactions.inTransaction(() -> figures.all().stream().map(Figure::key).collect(Collectors.toSet()));
        FigureRows rows = new FigureRows(stored);
        RowImport<Figure> rowImport = new RowImport<>(IMPORT_KIND, StatisticsColumns.ALL, rows::read,
                () -> DuplicateCheck.byKey(Figure::key),
                d -> Message.of(StatisticsService.class, "import.duplicate", d.key(), d.firstLine()));
        return rowImport.run(command.rows(), command.options(), importLog, transactions, clock, batch -> {
            if (command.replace()) {
                figures.removeAll(batch.stream().map(Figure::key).toList());
            }
            figures.addAll(batch);
        });
    }

    @Override
    public Statistics list() {
        return transactions.inTransaction(() -> Statistics.of(figures.all()));
    }
}
