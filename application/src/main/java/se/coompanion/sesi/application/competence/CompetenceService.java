package se.coompanion.sesi.application.competence;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.Message;

/** The competence framework and the Borich ranking of the enterprises' ratings. */
public final class CompetenceService implements ShowCompetenceFramework, ImportCompetenceFramework, RankCompetences {

    private final CompetenceFrameworks frameworks;
    private final CompetenceRatings ratings;
    private final Transactions transactions;
    private final CommandValidator validator;

    public CompetenceService(CompetenceFrameworks frameworks, CompetenceRatings ratings, Transactions transactions,
            CommandValidator validator) {
        this.frameworks = Objects.requireNonNull(frameworks);
        this.ratings = Objects.requireNonNull(ratings);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
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
                    .filter(key -> !framework.contains(key)).collect(Collectors.toCollection(java.util.TreeSet::new));
            if (!lacking.isEmpty()) {
                throw new ConflictException(Message.of(CompetenceService.class, "framework.lacksRated",
                        lacking.stream().map(CompetenceKey::value).collect(Collectors.joining(", "))));
            }
            frameworks.replace(framework);
            return new ImportCompetenceFramework.Result(framework, false);
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
