package se.coompanion.sesi.application.testing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.shared.BackupSummary;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.DatabaseInfo;

/**
 * Every out-port in memory, with transactions that roll back: the test fixture for application tests, shared
 * with other modules through the test-jar.
 */
public final class InMemorySesiPorts implements SesiPorts {

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryPreStudies preStudies = register(new InMemoryPreStudies());
    private final InMemoryImportLog importLog = register(new InMemoryImportLog());
    private final InMemoryStatisticalFigures statisticalFigures = register(new InMemoryStatisticalFigures());
    private final InMemoryMaterialProductions materialProductions = register(new InMemoryMaterialProductions());
    private final InMemoryQuestionnaires questionnaires = register(new InMemoryQuestionnaires());
    private final InMemorySamplingFrames samplingFrames = register(new InMemorySamplingFrames());
    private final InMemoryContactWaves contactWaves = register(new InMemoryContactWaves());
    private final InMemoryDispositionEvents dispositionEvents = register(new InMemoryDispositionEvents(samplingFrames,
            contactWaves));
    private final InMemoryActors actors = register(new InMemoryActors());
    private final InMemoryContacts contacts = register(new InMemoryContacts(actors));
    private final InMemoryKnowledgeSources knowledgeSources = register(new InMemoryKnowledgeSources());
    private final InMemoryFindings findings = register(new InMemoryFindings(knowledgeSources));
    private final InMemoryStakeholderAssessments stakeholderAssessments =
            register(new InMemoryStakeholderAssessments());
    private final InMemoryNeedsAssessments needsAssessments = register(new InMemoryNeedsAssessments());
    private final InMemoryCompetenceFrameworks competenceFrameworks = register(new InMemoryCompetenceFrameworks());
    private final InMemoryCompetenceRatings competenceRatings = register(new InMemoryCompetenceRatings(actors));
    private final InMemoryKeyedForms keyedForms = register(new InMemoryKeyedForms());
    private final InMemoryReturnedForms returnedForms = register(new InMemoryReturnedForms());
    private final InMemorySeminars seminars = register(new InMemorySeminars());
    private final InMemorySeminarInvitations seminarInvitations = register(new InMemorySeminarInvitations());
    private final InMemorySeminarMinutes seminarMinutes = register(new InMemorySeminarMinutes());
    private final InMemoryLearningProgrammes learningProgrammes = register(new InMemoryLearningProgrammes());
    private final InMemoryPilotRuns pilotRuns = register(new InMemoryPilotRuns());
    private final InMemoryLearningEvaluations learningEvaluations =
            register(new InMemoryLearningEvaluations(pilotRuns));
    private final InMemoryRecommendations recommendations = register(new InMemoryRecommendations());
    private final InMemoryImplementationDrafts implementationDrafts =
            register(new InMemoryImplementationDrafts(actors));

    private <T extends InMemory> T register(T port) {
        transactions.register(port);
        return port;
    }

    @Override
    public InMemoryTransactions transactions() {
        return transactions;
    }

    @Override
    public DatabaseDetails databaseDetails() {
        return () -> new DatabaseInfo("in-memory", "memory", "", "1", Optional.empty());
    }

    @Override
    public Backups backups() {
        return new Backups() {
            @Override
            public BackupSummary write(Path file, Instant now) {
                throw new UnsupportedOperationException("backups need a database: see the persistence tests");
            }

            @Override
            public BackupSummary restore(Path file) {
                throw new UnsupportedOperationException("backups need a database: see the persistence tests");
            }
        };
    }

    @Override
    public InMemoryImportLog importLog() {
        return importLog;
    }

    @Override
    public InMemoryPreStudies preStudies() {
        return preStudies;
    }

    @Override
    public InMemoryStatisticalFigures statisticalFigures() {
        return statisticalFigures;
    }

    @Override
    public InMemoryMaterialProductions materialProductions() {
        return materialProductions;
    }

    @Override
    public InMemoryQuestionnaires questionnaires() {
        return questionnaires;
    }

    @Override
    public InMemorySamplingFrames samplingFrames() {
        return samplingFrames;
    }

    @Override
    public InMemoryContactWaves contactWaves() {
        return contactWaves;
    }

    @Override
    public InMemoryDispositionEvents dispositionEvents() {
        return dispositionEvents;
    }

    @Override
    public InMemoryActors actors() {
        return actors;
    }

    @Override
    public InMemoryContacts contacts() {
        return contacts;
    }

    @Override
    public List<PersonalDataHolder> personalDataHolders() {
        // In the order of the database adapter's holders, so that an export lists the records the same way.
        return List.of(contacts, actors, knowledgeSources, findings, stakeholderAssessments, seminarInvitations,
                seminars, seminarMinutes, learningProgrammes, learningEvaluations, recommendations,
                implementationDrafts);
    }

    @Override
    public InMemoryKnowledgeSources knowledgeSources() {
        return knowledgeSources;
    }

    @Override
    public InMemoryFindings findings() {
        return findings;
    }

    @Override
    public InMemoryStakeholderAssessments stakeholderAssessments() {
        return stakeholderAssessments;
    }

    @Override
    public InMemoryNeedsAssessments needsAssessments() {
        return needsAssessments;
    }

    @Override
    public InMemoryCompetenceFrameworks competenceFrameworks() {
        return competenceFrameworks;
    }

    @Override
    public InMemoryCompetenceRatings competenceRatings() {
        return competenceRatings;
    }

    @Override
    public InMemoryKeyedForms keyedForms() {
        return keyedForms;
    }

    @Override
    public InMemoryReturnedForms returnedForms() {
        return returnedForms;
    }

    @Override
    public InMemorySeminars seminars() {
        return seminars;
    }

    @Override
    public InMemorySeminarInvitations seminarInvitations() {
        return seminarInvitations;
    }

    @Override
    public InMemorySeminarMinutes seminarMinutes() {
        return seminarMinutes;
    }

    @Override
    public InMemoryLearningProgrammes learningProgrammes() {
        return learningProgrammes;
    }

    @Override
    public InMemoryPilotRuns pilotRuns() {
        return pilotRuns;
    }

    @Override
    public InMemoryLearningEvaluations learningEvaluations() {
        return learningEvaluations;
    }

    @Override
    public InMemoryRecommendations recommendations() {
        return recommendations;
    }

    @Override
    public InMemoryImplementationDrafts implementationDrafts() {
        return implementationDrafts;
    }
}
