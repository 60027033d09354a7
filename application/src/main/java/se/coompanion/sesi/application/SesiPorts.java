package se.coompanion.sesi.application;

import java.util.List;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.application.actor.port.out.Contacts;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.application.competence.port.out.CompetenceRatings;
import se.coompanion.sesi.application.implementation.port.out.ImplementationDrafts;
import se.coompanion.sesi.application.learning.port.out.LearningEvaluations;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.application.shared.port.out.Backups;
import se.coompanion.sesi.application.shared.port.out.DatabaseDetails;
import se.coompanion.sesi.application.shared.port.out.ImportLog;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.application.statistics.port.out.StatisticalFigures;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.application.synthesis.port.out.Recommendations;

/**
 * Every out-port the use cases need, supplied together by a persistence adapter
 * ({@code SesiDatabase.open(config).ports()}) or by in-memory fakes in tests.
 */
public interface SesiPorts {

    Transactions transactions();

    DatabaseDetails databaseDetails();

    ImportLog importLog();

    Backups backups();

    PreStudies preStudies();

    StatisticalFigures statisticalFigures();

    MaterialProductions materialProductions();

    Questionnaires questionnaires();

    SamplingFrames samplingFrames();

    ContactWaves contactWaves();

    DispositionEvents dispositionEvents();

    Actors actors();

    Contacts contacts();

    /**
     * Every area's holder of personal data about contact persons (the privacy extension point): an area that
     * stores anything that names or mentions a contact person adds its holder here.
     */
    List<PersonalDataHolder> personalDataHolders();

    KnowledgeSources knowledgeSources();

    Findings findings();

    StakeholderAssessments stakeholderAssessments();

    NeedsAssessments needsAssessments();

    CompetenceFrameworks competenceFrameworks();

    CompetenceRatings competenceRatings();

    KeyedForms keyedForms();

    ReturnedForms returnedForms();

    Seminars seminars();

    SeminarInvitations seminarInvitations();

    SeminarMinutes seminarMinutes();

    LearningProgrammes learningProgrammes();

    PilotRuns pilotRuns();

    LearningEvaluations learningEvaluations();

    Recommendations recommendations();

    ImplementationDrafts implementationDrafts();
}
