package se.coompanion.sesi.application.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.statistics.port.in.PrepareInformationMaterial;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.ProjectFacts;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.statistics.InformationMaterial;
import se.coompanion.sesi.domain.statistics.MaterialProduction;
import se.coompanion.sesi.domain.statistics.Statistics;

/** The information material on women's entrepreneurship: its content, and the record of each production. */
public final class MaterialService implements PrepareInformationMaterial, RecordMaterialProduction {

    private final PreStudies preStudies;
    private final StatisticalFigures figures;
    private final MaterialProductions productions;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public MaterialService(PreStudies preStudies, StatisticalFigures figures, MaterialProductions productions,
            Transactions transactions, CommandValidator validator, Clock clock) {
        this.preStudies = Objects.requireNonNull(preStudies);
        this.figures = Objects.requireNonNull(figures);
        this.productions = Objects.requireNonNull(productions);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public InformationMaterial prepare() {
        return transactions.inTransaction(() -> {
            PreStudy preStudy = preStudies.find().orElseThrow(() -> new NotFoundException(
                    Message.of(MaterialService.class, "material.noPreStudy")));
            Statistics statistics = Statistics.of(figures.all());
            if (statistics.isEmpty()) {
                throw new NotFoundException(Message.of(MaterialService.class, "material.noStatistics"));
            }
            ProjectFacts facts = preStudy.facts();
            InformationMaterial.Subject subject = new InformationMaterial.Subject(facts.name(),
                    facts.caseNumber().value(), facts.regionName(), preStudy.region());
            try {
                return InformationMaterial.compose(statistics, subject, today());
            } catch (DomainException e) {
                throw new NotFoundException(e.text());
            }
        });
    }

    @Override
    public MaterialProduction record(RecordMaterialProduction.Command command) {
        validator.check(command);
        MaterialProduction production = new MaterialProduction(clock.instant(), command.format(), command.language());
        transactions.run(() -> productions.add(production));
        return production;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
