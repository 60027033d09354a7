package se.coompanion.sesi.application.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Group;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates.Grouping;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.OutcomeCount;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.survey.DispositionCounts;

/**
 * The response rates of the survey population, from each unit's disposition now. Units kept outside the population
 * by the frame's eligibility rules are in no group and no denominator.
 */
public final class ResponseRateService implements ComputeResponseRates {

    /** The legal forms of the population (domain.md), always shown when grouping by legal form. */
    private static final List<LegalForm> SURVEYED_FORMS = List.of(LegalForm.EKONOMISK_FORENING,
            LegalForm.IDEELL_FORENING);

    private final DispositionEvents dispositions;
    private final PreStudies preStudies;
    private final Transactions transactions;
    private final CommandValidator validator;

    public ResponseRateService(DispositionEvents dispositions, PreStudies preStudies, Transactions transactions,
            CommandValidator validator) {
        this.dispositions = Objects.requireNonNull(dispositions);
        this.preStudies = Objects.requireNonNull(preStudies);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
    }

    @Override
    public Result compute(Query query) {
        validator.check(query);
        return transactions.inTransaction(() -> {
            Set<County> region = preStudies.find().<Set<County>>map(PreStudy::region).orElse(Set.of());
            return new Result(query.by(), groups(dispositions.outcomes(), query.by(), region));
        });
    }

    /** The counts of all units, then of each group (every county of the region, every surveyed legal form). */
    static List<Group> groups(List<OutcomeCount> outcomes, Grouping by, Set<County> region) {
        DispositionCounts all = DispositionCounts.NONE;
        Map<String, DispositionCounts> groups = new TreeMap<>();
        if (by == Grouping.COUNTY) {
            region.forEach(c -> groups.put(c.code(), DispositionCounts.NONE));
        } else if (by == Grouping.LEGAL_FORM) {
            SURVEYED_FORMS.forEach(f -> groups.put(f.name(), DispositionCounts.NONE));
        }
        for (OutcomeCount outcome : outcomes) {
            all = all.plus(outcome.disposition(), outcome.units());
            String key = switch (by) {
                case NONE -> null;
                case COUNTY -> outcome.municipality().county().code();
                case LEGAL_FORM -> outcome.legalForm().name();
            };
            if (key != null) {
                groups.merge(key, DispositionCounts.NONE.plus(outcome.disposition(), outcome.units()),
                        DispositionCounts::plus);
            }
        }
        List<Group> result = new ArrayList<>();
        result.add(new Group(Group.ALL, all));
        groups.forEach((key, counts) -> result.add(new Group(key, counts)));
        return result;
    }

    /** The counts of every unit of the population. */
    static DispositionCounts overall(List<OutcomeCount> outcomes) {
        return groups(outcomes, Grouping.NONE, Set.of()).get(0).counts();
    }
}
