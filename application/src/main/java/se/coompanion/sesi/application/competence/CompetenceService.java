package se.coompanion.sesi.application.competence;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.RowImport;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.GapMatrix;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * The competence mapping: the framework, the enterprises' ratings (the enterprises are actors of the register), the
 * Borich ranking and the gap matrix.
 */
public final class CompetenceService implements ShowCompetenceFramework, ImportCompetenceFramework, ImportRatings,
        RankCompetences, ShowGapMatrix {

    /** The ratings import's name in the import log. */
    public static final String IMPORT_KIND = "competence-ratings";

    private final CompetenceFrameworks frameworks;
    private final CompetenceRatings ratings;
    private final Actors actors;
    private final ImportLog importLog;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public CompetenceService(CompetenceFrameworks frameworks, CompetenceRatings ratings, Actors actors,
            ImportLog importLog, Transactions transactions, CommandValidator validator, Clock clock) {
        this.frameworks = Objects.requireNonNull(frameworks);
        this.ratings = Objects.requireNonNull(ratings);
        this.actors = Objects.requireNonNull(actors);
        this.importLog = Objects.requireNonNull(importLog);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ShowCompetenceFramework.Result show() {
        return transactions.inTransaction(() -> frameworks.imported()
                .map(f -> new ShowCompetenceFramework.Result(f, false))
                .orElse(new ShowCompetenceFramework.Result(CompetenceFramework.standard(), true)));
    }

    @Override
    public ImportCompetenceFramework.Result importFramework(ImportCompetenceFramework.Command command) {
        validator.check(command);
        CompetenceFramework framework = FrameworkFile.read(command.rows());
        return transactions.inTransaction(() -> {
            if (framework.equals(inUse())) {
                return new ImportCompetenceFramework.Result(framework, true);
            }
            Set<CompetenceKey> lacking = ratings.all().stream().map(Rating::competence)
                    .filter(key -> !framework.contains(key)).collect(Collectors.toCollection(TreeSet::new));
            if (!lacking.isEmpty()) {
                throw new ConflictException(Message.of(CompetenceService.class, "framework.lacksRated",
                        lacking.stream().map(CompetenceKey::value).collect(Collectors.joining(", "))));
            }
            frameworks.replace(framework);
            return new ImportCompetenceFramework.Result(framework, false);
        });
    }

    @Override
    public ImportReport importRatings(ImportRatings.Command command) {
        validator.check(command);
        RatingRows rows = transactions.inTransaction(() -> new RatingRows(
                actors.all().stream().filter(a -> a.number().isPresent())
                        .collect(Collectors.toMap(a -> a.number().get(), Function.identity())),
                inUse(), command.replace() ? Set.of()
                        : ratings.all().stream().map(Rating::key).collect(Collectors.toSet())));
        RowImport<Rating> rowImport = new RowImport<>(IMPORT_KIND, RatingRows.COLUMNS, rows::read,
                () -> DuplicateCheck.byKey(Rating::key),
                d -> Message.of(CompetenceService.class, "import.duplicate", d.firstLine()));
        return rowImport.run(command.rows(), command.options(), importLog, transactions, clock, batch -> {
            if (command.replace()) {
                ratings.removeAll(batch.stream().map(Rating::key).toList());
            }
            ratings.addAll(batch);
        });
    }

    @Override
    public ShowGapMatrix.Result matrix() {
        return transactions.inTransaction(() -> {
            CompetenceFramework framework = inUse();
            List<Rating> all = ratings.all();
            GapMatrix matrix = GapMatrix.of(framework, all);
            Map<OrganisationNumber, String> names = new HashMap<>();
            for (OrganisationNumber enterprise : matrix.enterprises()) {
                actors.findByNumber(enterprise).ifPresent(a -> names.put(enterprise, a.name()));
            }
            return new ShowGapMatrix.Result(matrix, names, BorichRanking.rank(framework, all).stream()
                    .map(r -> r.score().competence().key()).toList());
        });
    }

    @Override
    public RankCompetences.Result rank() {
        return transactions.inTransaction(() -> {
            CompetenceFramework framework = inUse();
            List<Rating> all = ratings.all();
            List<BorichRanking.Ranked> ranking = BorichRanking.rank(framework, all);
            Set<CompetenceKey> rated = all.stream().map(Rating::competence).collect(Collectors.toSet());
            return new RankCompetences.Result(framework, ranking, framework.competences().stream()
                    .filter(c -> !rated.contains(c.key())).toList(), enterprises(all));
        });
    }

    /** The framework in use: the imported one, else the standard. Called inside a transaction. */
    CompetenceFramework inUse() {
        return frameworks.imported().orElse(CompetenceFramework.standard());
    }

    static int enterprises(List<Rating> ratings) {
        return (int) ratings.stream().map(Rating::enterprise).distinct().count();
    }
}
