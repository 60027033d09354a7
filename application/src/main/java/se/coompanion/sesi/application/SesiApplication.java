package se.coompanion.sesi.application;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.application.actor.ActorUseCases;
import se.coompanion.sesi.application.competence.CompetenceUseCases;
import se.coompanion.sesi.application.implementation.ImplementationQueries;
import se.coompanion.sesi.application.implementation.ImplementationUseCases;
import se.coompanion.sesi.application.learning.LearningUseCases;
import se.coompanion.sesi.application.needs.NeedsUseCases;
import se.coompanion.sesi.application.prestudy.PreStudyUseCases;
import se.coompanion.sesi.application.privacy.PrivacyUseCases;
import se.coompanion.sesi.application.scan.ScanUseCases;
import se.coompanion.sesi.application.seminar.SeminarUseCases;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.DatabaseUseCases;
import se.coompanion.sesi.application.stakeholder.StakeholderUseCases;
import se.coompanion.sesi.application.statistics.StatisticsUseCases;
import se.coompanion.sesi.application.survey.SurveyUseCases;
import se.coompanion.sesi.application.synthesis.ActivityQueries;
import se.coompanion.sesi.application.synthesis.SynthesisUseCases;

/**
 * The embedding API: the use cases of every area, built from a set of out-ports. Each area builds its own use cases
 * (its {@code *UseCases} class, e.g. {@link SurveyUseCases}); this class only builds the areas in the order they
 * read each other and hands them out, so it names no use case.
 *
 * <pre>{@code
 * try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(Path.of("sesi-data/sesi")))) {
 *     SesiApplication sesi = SesiApplication.create(db.ports(), validator, Clock.systemDefaultZone());
 *     sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
 *     sesi.preStudy().showProgress().show().activities().forEach(System.out::println);
 * }
 * }</pre>
 *
 * Every use case throws only {@code InvalidInputException}, {@code NotFoundException} or
 * {@code ConflictException} (from {@code se.coompanion.sesi.application.shared}) for a request it cannot do.
 */
public final class SesiApplication {

    private final PreStudyUseCases preStudy;
    private final DatabaseUseCases database;
    private final StatisticsUseCases statistics;
    private final ScanUseCases scan;
    private final ActorUseCases actors;
    private final PrivacyUseCases privacy;
    private final StakeholderUseCases stakeholders;
    private final NeedsUseCases needs;
    private final CompetenceUseCases competence;
    private final SurveyUseCases survey;
    private final SeminarUseCases seminar;
    private final LearningUseCases learning;
    private final SynthesisUseCases synthesis;
    private final ImplementationUseCases implementation;

    private SesiApplication(SesiPorts ports, Validator validator, Clock clock) {
        CommandValidator commands = new CommandValidator(validator);
        this.database = DatabaseUseCases.create(ports, commands, clock);
        this.statistics = StatisticsUseCases.create(ports, commands, clock);
        this.scan = ScanUseCases.create(ports, commands, clock);
        this.actors = ActorUseCases.create(ports, commands, clock);
        this.privacy = PrivacyUseCases.create(ports, commands, clock);
        this.stakeholders = StakeholderUseCases.create(ports, commands, clock);
        this.needs = NeedsUseCases.create(ports, commands, clock);
        this.competence = CompetenceUseCases.create(ports, commands, clock);
        this.survey = SurveyUseCases.create(ports, commands, clock);
        this.seminar = SeminarUseCases.create(ports, commands, clock);
        this.learning = LearningUseCases.create(ports, competence, commands, clock);
        this.preStudy = PreStudyUseCases.create(ports, List.of(
                StatisticsUseCases.progressMeasure(ports, clock),
                ScanUseCases.progressMeasure(ports),
                StakeholderUseCases.progressMeasure(ports),
                SurveyUseCases.progressMeasure(ports),
                NeedsUseCases.progressMeasure(ports),
                CompetenceUseCases.progressMeasure(ports),
                SeminarUseCases.progressMeasure(ports),
                LearningUseCases.progressMeasure(ports)), commands, clock);
        this.synthesis = SynthesisUseCases.create(ports, ActivityQueries.of(preStudy, scan, actors, stakeholders,
                needs, competence, survey, statistics, seminar, learning), commands, clock);
        this.implementation = ImplementationUseCases.create(ports, ImplementationQueries.of(preStudy, synthesis,
                stakeholders, actors, needs, competence, learning, survey), commands, clock);
    }

    /**
     * @param ports     the out-ports, e.g. {@code SesiDatabase.open(config).ports()}
     * @param validator a Jakarta Validation validator (Hibernate Validator)
     * @param clock     the time source for every date and time the use cases record
     */
    public static SesiApplication create(SesiPorts ports, Validator validator, Clock clock) {
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(clock, "clock");
        return new SesiApplication(ports, validator, clock);
    }

    /** The pre-study itself: start it, its facts, the activities' targets and progress. */
    public PreStudyUseCases preStudy() {
        return preStudy;
    }

    /** The database's upkeep: what it holds, backup and restore. */
    public DatabaseUseCases database() {
        return database;
    }

    /** Official statistics and the information material made from them. */
    public StatisticsUseCases statistics() {
        return statistics;
    }

    /** The environmental scan: knowledge sources and findings. */
    public ScanUseCases scan() {
        return scan;
    }

    /** The register of actors and their contact persons. */
    public ActorUseCases actors() {
        return actors;
    }

    /** A contact person's personal data: export and erasure. */
    public PrivacyUseCases privacy() {
        return privacy;
    }

    /** The stakeholder analysis. */
    public StakeholderUseCases stakeholders() {
        return stakeholders;
    }

    /** The needs analyses in the municipalities. */
    public NeedsUseCases needs() {
        return needs;
    }

    /** The competence mapping in the social enterprises. */
    public CompetenceUseCases competence() {
        return competence;
    }

    /** The postal survey to associations. */
    public SurveyUseCases survey() {
        return survey;
    }

    /** The analysis seminar. */
    public SeminarUseCases seminar() {
        return seminar;
    }

    /** The prototype learning programme and its pilots. */
    public LearningUseCases learning() {
        return learning;
    }

    /** The synthesis: recommendations, cross analysis and the final report. */
    public SynthesisUseCases synthesis() {
        return synthesis;
    }

    /** The draft of the implementation project. */
    public ImplementationUseCases implementation() {
        return implementation;
    }
}
