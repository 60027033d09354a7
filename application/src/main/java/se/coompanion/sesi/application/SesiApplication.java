package se.coompanion.sesi.application;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.application.actor.ActorService;
import se.coompanion.sesi.application.actor.ContactService;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.actor.port.in.ShowActor;
import se.coompanion.sesi.application.competence.CompetenceMappingMeasure;
import se.coompanion.sesi.application.competence.CompetenceService;
import se.coompanion.sesi.application.competence.port.in.ImportCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ImportRatings;
import se.coompanion.sesi.application.competence.port.in.RankCompetences;
import se.coompanion.sesi.application.competence.port.in.ShowCompetenceFramework;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.implementation.ImplementationActivityService;
import se.coompanion.sesi.application.implementation.ImplementationDraftService;
import se.coompanion.sesi.application.implementation.ImplementationPartnerService;
import se.coompanion.sesi.application.implementation.ImplementationQueries;
import se.coompanion.sesi.application.implementation.ImplementationReviewService;
import se.coompanion.sesi.application.implementation.port.in.CheckImplementationDraft;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.EditPartners;
import se.coompanion.sesi.application.implementation.port.in.EditPrinciples;
import se.coompanion.sesi.application.implementation.port.in.EditResults;
import se.coompanion.sesi.application.implementation.port.in.EditRisks;
import se.coompanion.sesi.application.implementation.port.in.EditTargetGroups;
import se.coompanion.sesi.application.implementation.port.in.RenameImplementationProject;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.learning.LearningProgrammeMeasure;
import se.coompanion.sesi.application.learning.LearningProgrammeService;
import se.coompanion.sesi.application.learning.LearningResultsService;
import se.coompanion.sesi.application.learning.PilotService;
import se.coompanion.sesi.application.learning.port.in.AddModule;
import se.coompanion.sesi.application.learning.port.in.ChangeModule;
import se.coompanion.sesi.application.learning.port.in.CreateProgrammeVersion;
import se.coompanion.sesi.application.learning.port.in.ImportEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListEvaluations;
import se.coompanion.sesi.application.learning.port.in.ListPilotRuns;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.learning.port.in.RecordFollowUp;
import se.coompanion.sesi.application.learning.port.in.RecordPilotRun;
import se.coompanion.sesi.application.learning.port.in.RemoveModule;
import se.coompanion.sesi.application.learning.port.in.ShowLearningResults;
import se.coompanion.sesi.application.learning.port.in.ShowProgrammeVersion;
import se.coompanion.sesi.application.needs.NeedsAnalysisMeasure;
import se.coompanion.sesi.application.needs.NeedsService;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.ShowNeedsCoverage;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.prestudy.PreStudyService;
import se.coompanion.sesi.application.prestudy.ProgressService;
import se.coompanion.sesi.application.prestudy.port.in.SetActivityTarget;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.application.prestudy.port.in.ShowProjectFacts;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.privacy.PrivacyService;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.scan.EnvironmentalScanMeasure;
import se.coompanion.sesi.application.scan.ScanService;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.seminar.AnalysisSeminarMeasure;
import se.coompanion.sesi.application.seminar.AttendanceService;
import se.coompanion.sesi.application.seminar.InvitationService;
import se.coompanion.sesi.application.seminar.MinutesService;
import se.coompanion.sesi.application.seminar.SeminarService;
import se.coompanion.sesi.application.seminar.port.in.AddAgendaItem;
import se.coompanion.sesi.application.seminar.port.in.CheckInAttendee;
import se.coompanion.sesi.application.seminar.port.in.CreateSeminar;
import se.coompanion.sesi.application.seminar.port.in.FinaliseMinutes;
import se.coompanion.sesi.application.seminar.port.in.InviteContacts;
import se.coompanion.sesi.application.seminar.port.in.ListAttendance;
import se.coompanion.sesi.application.seminar.port.in.ListInvitations;
import se.coompanion.sesi.application.seminar.port.in.ListSeminars;
import se.coompanion.sesi.application.seminar.port.in.RecordAnswer;
import se.coompanion.sesi.application.seminar.port.in.RecordOutcome;
import se.coompanion.sesi.application.seminar.port.in.RecordSeminarEvaluation;
import se.coompanion.sesi.application.seminar.port.in.RecordWalkIns;
import se.coompanion.sesi.application.seminar.port.in.SendReminder;
import se.coompanion.sesi.application.seminar.port.in.ShowMinutes;
import se.coompanion.sesi.application.seminar.port.in.ShowSeminar;
import se.coompanion.sesi.application.seminar.port.in.WriteMinutes;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.DatabaseService;
import se.coompanion.sesi.application.shared.port.in.BackupDatabase;
import se.coompanion.sesi.application.shared.port.in.RestoreDatabase;
import se.coompanion.sesi.application.shared.port.in.ShowDatabaseInfo;
import se.coompanion.sesi.application.stakeholder.StakeholderAnalysisMeasure;
import se.coompanion.sesi.application.stakeholder.StakeholderService;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.stakeholder.port.in.ShowAssessmentHistory;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.statistics.InformationMaterialMeasure;
import se.coompanion.sesi.application.statistics.MaterialService;
import se.coompanion.sesi.application.statistics.StatisticsService;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.statistics.port.in.ListStatistics;
import se.coompanion.sesi.application.statistics.port.in.PrepareInformationMaterial;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;
import se.coompanion.sesi.application.survey.DataEntryService;
import se.coompanion.sesi.application.survey.DoubleEntryService;
import se.coompanion.sesi.application.survey.FieldworkService;
import se.coompanion.sesi.application.survey.PostalSurveyMeasure;
import se.coompanion.sesi.application.survey.QuestionnaireService;
import se.coompanion.sesi.application.survey.ResponseRateService;
import se.coompanion.sesi.application.survey.SamplingFrameService;
import se.coompanion.sesi.application.survey.SurveyResultsService;
import se.coompanion.sesi.application.survey.port.in.ChangeEntrySettings;
import se.coompanion.sesi.application.survey.port.in.CompareEntries;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.survey.port.in.ExportSurveyData;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.application.survey.port.in.ImportSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.KeyReturn;
import se.coompanion.sesi.application.survey.port.in.ListContactWaves;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.ResolveDisagreement;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.survey.port.in.ShowEntryStatus;
import se.coompanion.sesi.application.survey.port.in.ShowQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.ShowSurveyUnit;
import se.coompanion.sesi.application.synthesis.ActivityQueries;
import se.coompanion.sesi.application.synthesis.FinalReportService;
import se.coompanion.sesi.application.synthesis.SynthesisService;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.synthesis.port.in.ResolveEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.application.synthesis.port.in.ShowHorizontalFindings;

/**
 * The embedding API: one object that exposes every use case, built from a set of out-ports.
 *
 * <pre>{@code
 * try (SesiDatabase db = SesiDatabase.open(DatabaseConfig.h2File(Path.of("sesi-data/sesi")))) {
 *     SesiApplication sesi = SesiApplication.create(db.ports(), validator, Clock.systemDefaultZone());
 *     sesi.startPreStudy().start(StartPreStudy.Command.sesi());
 *     sesi.showProgress().show().activities().forEach(System.out::println);
 * }
 * }</pre>
 *
 * Every use case throws only {@code InvalidInputException}, {@code NotFoundException} or
 * {@code ConflictException} (from {@code se.coompanion.sesi.application.shared}) for a request it cannot do.
 */
public final class SesiApplication {

    private final StartPreStudy startPreStudy;
    private final ShowProjectFacts showProjectFacts;
    private final SetActivityTarget setActivityTarget;
    private final ShowProgress showProgress;
    private final ShowDatabaseInfo showDatabaseInfo;
    private final BackupDatabase backupDatabase;
    private final RestoreDatabase restoreDatabase;
    private final ImportStatistics importStatistics;
    private final ListStatistics listStatistics;
    private final PrepareInformationMaterial prepareInformationMaterial;
    private final RecordMaterialProduction recordMaterialProduction;
    private final LoadQuestionnaire loadQuestionnaire;
    private final ShowQuestionnaire showQuestionnaire;
    private final ImportSamplingFrame importSamplingFrame;
    private final ListSamplingFrame listSamplingFrame;
    private final ShowSurveyUnit showSurveyUnit;
    private final SendContactWave sendContactWave;
    private final ListContactWaves listContactWaves;
    private final RecordDisposition recordDisposition;
    private final ComputeResponseRates computeResponseRates;
    private final ImportActors importActors;
    private final AddActor addActor;
    private final ListActors listActors;
    private final ShowActor showActor;
    private final AddContact addContact;
    private final ListContacts listContacts;
    private final ExportPersonalData exportPersonalData;
    private final ErasePersonalData erasePersonalData;
    private final RegisterSource registerSource;
    private final ListSources listSources;
    private final RecordFinding recordFinding;
    private final ListFindings listFindings;
    private final AssessStakeholder assessStakeholder;
    private final ShowStakeholderGrid showStakeholderGrid;
    private final ShowPartnerShortlist showPartnerShortlist;
    private final ShowAssessmentHistory showAssessmentHistory;
    private final PlanNeedsAssessment planNeedsAssessment;
    private final RecordMeeting recordMeeting;
    private final RecordNeed recordNeed;
    private final ChangeAssessmentStatus changeAssessmentStatus;
    private final ImportNeeds importNeeds;
    private final ShowNeedsAssessment showNeedsAssessment;
    private final ShowNeedsCoverage showNeedsCoverage;
    private final TallyNeedThemes tallyNeedThemes;
    private final ShowCompetenceFramework showCompetenceFramework;
    private final ImportCompetenceFramework importCompetenceFramework;
    private final ImportRatings importRatings;
    private final RankCompetences rankCompetences;
    private final ShowGapMatrix showGapMatrix;
    private final ImportReturns importReturns;
    private final KeyReturn keyReturn;
    private final ChangeEntrySettings changeEntrySettings;
    private final ShowEntryStatus showEntryStatus;
    private final CompareEntries compareEntries;
    private final ResolveDisagreement resolveDisagreement;
    private final ComputeSurveyResults computeSurveyResults;
    private final ExportSurveyData exportSurveyData;
    private final CreateSeminar createSeminar;
    private final ListSeminars listSeminars;
    private final ShowSeminar showSeminar;
    private final AddAgendaItem addAgendaItem;
    private final RecordOutcome recordOutcome;
    private final RecordSeminarEvaluation recordSeminarEvaluation;
    private final InviteContacts inviteContacts;
    private final ListInvitations listInvitations;
    private final RecordAnswer recordAnswer;
    private final SendReminder sendReminder;
    private final CheckInAttendee checkInAttendee;
    private final RecordWalkIns recordWalkIns;
    private final ListAttendance listAttendance;
    private final WriteMinutes writeMinutes;
    private final FinaliseMinutes finaliseMinutes;
    private final ShowMinutes showMinutes;
    private final CreateProgrammeVersion createProgrammeVersion;
    private final ListProgrammeVersions listProgrammeVersions;
    private final ShowProgrammeVersion showProgrammeVersion;
    private final AddModule addModule;
    private final ChangeModule changeModule;
    private final RemoveModule removeModule;
    private final RecordPilotRun recordPilotRun;
    private final ListPilotRuns listPilotRuns;
    private final ImportEvaluations importEvaluations;
    private final ListEvaluations listEvaluations;
    private final RecordFollowUp recordFollowUp;
    private final ShowLearningResults showLearningResults;
    private final RecordRecommendation recordRecommendation;
    private final ListRecommendations listRecommendations;
    private final ShowCrossAnalysis showCrossAnalysis;
    private final PrepareFinalReport prepareFinalReport;
    private final ResolveEvidence resolveEvidence;
    private final ShowHorizontalFindings showHorizontalFindings;
    private final DraftImplementation draftImplementation;
    private final RenameImplementationProject renameImplementationProject;
    private final EditAims editAims;
    private final EditTargetGroups editTargetGroups;
    private final EditActivities editActivities;
    private final EditResults editResults;
    private final EditPartners editPartners;
    private final EditRisks editRisks;
    private final EditPrinciples editPrinciples;
    private final ShowImplementationDraft showImplementationDraft;
    private final CheckImplementationDraft checkImplementationDraft;

    private SesiApplication(SesiPorts ports, Validator validator, Clock clock) {
        CommandValidator commands = new CommandValidator(validator);
        PreStudyService preStudy = new PreStudyService(ports.preStudies(), ports.transactions(), commands, clock);
        this.startPreStudy = UseCaseBoundary.guard(StartPreStudy.class, preStudy);
        this.showProjectFacts = UseCaseBoundary.guard(ShowProjectFacts.class, preStudy);
        this.setActivityTarget = UseCaseBoundary.guard(SetActivityTarget.class, preStudy);
        StatisticsService statistics = new StatisticsService(ports.statisticalFigures(), ports.importLog(),
                ports.transactions(), commands, clock);
        this.importStatistics = UseCaseBoundary.guard(ImportStatistics.class, statistics);
        this.listStatistics = UseCaseBoundary.guard(ListStatistics.class, statistics);
        MaterialService material = new MaterialService(ports.preStudies(), ports.statisticalFigures(),
                ports.materialProductions(), ports.transactions(), commands, clock);
        this.prepareInformationMaterial = UseCaseBoundary.guard(PrepareInformationMaterial.class, material);
        this.recordMaterialProduction = UseCaseBoundary.guard(RecordMaterialProduction.class, material);
        QuestionnaireService questionnaires = new QuestionnaireService(ports.questionnaires(), ports.contactWaves(),
                ports.transactions(), commands, clock);
        this.loadQuestionnaire = UseCaseBoundary.guard(LoadQuestionnaire.class, questionnaires);
        this.showQuestionnaire = UseCaseBoundary.guard(ShowQuestionnaire.class, questionnaires);
        SamplingFrameService frame = new SamplingFrameService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.preStudies(), ports.importLog(), ports.transactions(), commands, clock);
        this.importSamplingFrame = UseCaseBoundary.guard(ImportSamplingFrame.class, frame);
        this.listSamplingFrame = UseCaseBoundary.guard(ListSamplingFrame.class, frame);
        this.showSurveyUnit = UseCaseBoundary.guard(ShowSurveyUnit.class, frame);
        FieldworkService fieldwork = new FieldworkService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.questionnaires(), ports.keyedForms(), ports.returnedForms(),
                ports.transactions(), commands, clock);
        this.sendContactWave = UseCaseBoundary.guard(SendContactWave.class, fieldwork);
        this.listContactWaves = UseCaseBoundary.guard(ListContactWaves.class, fieldwork);
        this.recordDisposition = UseCaseBoundary.guard(RecordDisposition.class, fieldwork);
        this.computeResponseRates = UseCaseBoundary.guard(ComputeResponseRates.class, new ResponseRateService(
                ports.dispositionEvents(), ports.preStudies(), ports.transactions(), commands));
        ActorService actor = new ActorService(ports.actors(), ports.contacts(), ports.importLog(),
                ports.transactions(), commands, clock);
        this.importActors = UseCaseBoundary.guard(ImportActors.class, actor);
        this.addActor = UseCaseBoundary.guard(AddActor.class, actor);
        this.listActors = UseCaseBoundary.guard(ListActors.class, actor);
        this.showActor = UseCaseBoundary.guard(ShowActor.class, actor);
        ContactService contact = new ContactService(ports.actors(), ports.contacts(), ports.transactions(), commands,
                clock);
        this.addContact = UseCaseBoundary.guard(AddContact.class, contact);
        this.listContacts = UseCaseBoundary.guard(ListContacts.class, contact);
        PrivacyService privacy = new PrivacyService(ports.contacts(), ports.actors(), ports.personalDataHolders(),
                ports.transactions(), clock);
        this.exportPersonalData = UseCaseBoundary.guard(ExportPersonalData.class, privacy);
        this.erasePersonalData = UseCaseBoundary.guard(ErasePersonalData.class, privacy);
        ScanService scan = new ScanService(ports.knowledgeSources(), ports.findings(), ports.transactions(), commands,
                clock);
        this.registerSource = UseCaseBoundary.guard(RegisterSource.class, scan);
        this.listSources = UseCaseBoundary.guard(ListSources.class, scan);
        this.recordFinding = UseCaseBoundary.guard(RecordFinding.class, scan);
        this.listFindings = UseCaseBoundary.guard(ListFindings.class, scan);
        StakeholderService stakeholder = new StakeholderService(ports.actors(), ports.stakeholderAssessments(),
                ports.transactions(), commands, clock);
        this.assessStakeholder = UseCaseBoundary.guard(AssessStakeholder.class, stakeholder);
        this.showStakeholderGrid = UseCaseBoundary.guard(ShowStakeholderGrid.class, stakeholder);
        this.showPartnerShortlist = UseCaseBoundary.guard(ShowPartnerShortlist.class, stakeholder);
        this.showAssessmentHistory = UseCaseBoundary.guard(ShowAssessmentHistory.class, stakeholder);
        NeedsService needs = new NeedsService(ports.needsAssessments(), ports.preStudies(), ports.importLog(),
                ports.transactions(), commands, clock);
        this.planNeedsAssessment = UseCaseBoundary.guard(PlanNeedsAssessment.class, needs);
        this.recordMeeting = UseCaseBoundary.guard(RecordMeeting.class, needs);
        this.recordNeed = UseCaseBoundary.guard(RecordNeed.class, needs);
        this.changeAssessmentStatus = UseCaseBoundary.guard(ChangeAssessmentStatus.class, needs);
        this.importNeeds = UseCaseBoundary.guard(ImportNeeds.class, needs);
        this.showNeedsAssessment = UseCaseBoundary.guard(ShowNeedsAssessment.class, needs);
        this.showNeedsCoverage = UseCaseBoundary.guard(ShowNeedsCoverage.class, needs);
        this.tallyNeedThemes = UseCaseBoundary.guard(TallyNeedThemes.class, needs);
        CompetenceService competence = new CompetenceService(ports.competenceFrameworks(), ports.competenceRatings(),
                ports.actors(), ports.importLog(), ports.transactions(), commands, clock);
        this.showCompetenceFramework = UseCaseBoundary.guard(ShowCompetenceFramework.class, competence);
        this.importCompetenceFramework = UseCaseBoundary.guard(ImportCompetenceFramework.class, competence);
        this.importRatings = UseCaseBoundary.guard(ImportRatings.class, competence);
        this.rankCompetences = UseCaseBoundary.guard(RankCompetences.class, competence);
        this.showGapMatrix = UseCaseBoundary.guard(ShowGapMatrix.class, competence);
        DataEntryService entry = new DataEntryService(ports.samplingFrames(), ports.contactWaves(),
                ports.dispositionEvents(), ports.questionnaires(), ports.keyedForms(), ports.returnedForms(),
                ports.importLog(), ports.transactions(), commands, clock);
        this.importReturns = UseCaseBoundary.guard(ImportReturns.class, entry);
        this.keyReturn = UseCaseBoundary.guard(KeyReturn.class, entry);
        DoubleEntryService doubleEntry = new DoubleEntryService(ports.samplingFrames(), ports.dispositionEvents(),
                ports.questionnaires(), ports.keyedForms(), ports.returnedForms(), ports.transactions(), commands,
                clock);
        this.changeEntrySettings = UseCaseBoundary.guard(ChangeEntrySettings.class, doubleEntry);
        this.showEntryStatus = UseCaseBoundary.guard(ShowEntryStatus.class, doubleEntry);
        this.compareEntries = UseCaseBoundary.guard(CompareEntries.class, doubleEntry);
        this.resolveDisagreement = UseCaseBoundary.guard(ResolveDisagreement.class, doubleEntry);
        SurveyResultsService results = new SurveyResultsService(ports.questionnaires(), ports.returnedForms(),
                ports.preStudies(), ports.transactions(), commands, clock);
        this.computeSurveyResults = UseCaseBoundary.guard(ComputeSurveyResults.class, results);
        this.exportSurveyData = UseCaseBoundary.guard(ExportSurveyData.class, results);
        SeminarService seminar = new SeminarService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        this.createSeminar = UseCaseBoundary.guard(CreateSeminar.class, seminar);
        this.listSeminars = UseCaseBoundary.guard(ListSeminars.class, seminar);
        this.showSeminar = UseCaseBoundary.guard(ShowSeminar.class, seminar);
        this.addAgendaItem = UseCaseBoundary.guard(AddAgendaItem.class, seminar);
        this.recordOutcome = UseCaseBoundary.guard(RecordOutcome.class, seminar);
        this.recordSeminarEvaluation = UseCaseBoundary.guard(RecordSeminarEvaluation.class, seminar);
        InvitationService invitation = new InvitationService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        this.inviteContacts = UseCaseBoundary.guard(InviteContacts.class, invitation);
        this.listInvitations = UseCaseBoundary.guard(ListInvitations.class, invitation);
        this.recordAnswer = UseCaseBoundary.guard(RecordAnswer.class, invitation);
        this.sendReminder = UseCaseBoundary.guard(SendReminder.class, invitation);
        AttendanceService attendance = new AttendanceService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        this.checkInAttendee = UseCaseBoundary.guard(CheckInAttendee.class, attendance);
        this.recordWalkIns = UseCaseBoundary.guard(RecordWalkIns.class, attendance);
        this.listAttendance = UseCaseBoundary.guard(ListAttendance.class, attendance);
        MinutesService minutes = new MinutesService(ports.seminars(), ports.seminarInvitations(),
                ports.seminarMinutes(), ports.contacts(), ports.actors(), ports.transactions(), commands, clock);
        this.writeMinutes = UseCaseBoundary.guard(WriteMinutes.class, minutes);
        this.finaliseMinutes = UseCaseBoundary.guard(FinaliseMinutes.class, minutes);
        this.showMinutes = UseCaseBoundary.guard(ShowMinutes.class, minutes);
        LearningProgrammeService programme = new LearningProgrammeService(ports.learningProgrammes(),
                ports.pilotRuns(), ports.learningEvaluations(), this.showCompetenceFramework, ports.transactions(),
                commands, clock);
        PilotService pilot = new PilotService(ports.learningProgrammes(), ports.pilotRuns(),
                ports.learningEvaluations(), ports.importLog(), ports.transactions(), commands, clock);
        LearningResultsService learningResults = new LearningResultsService(ports.learningProgrammes(),
                ports.pilotRuns(), ports.learningEvaluations(), this.rankCompetences, ports.transactions());
        this.createProgrammeVersion = UseCaseBoundary.guard(CreateProgrammeVersion.class, programme);
        this.listProgrammeVersions = UseCaseBoundary.guard(ListProgrammeVersions.class, programme);
        this.showProgrammeVersion = UseCaseBoundary.guard(ShowProgrammeVersion.class, programme);
        this.addModule = UseCaseBoundary.guard(AddModule.class, programme);
        this.changeModule = UseCaseBoundary.guard(ChangeModule.class, programme);
        this.removeModule = UseCaseBoundary.guard(RemoveModule.class, programme);
        this.recordPilotRun = UseCaseBoundary.guard(RecordPilotRun.class, pilot);
        this.listPilotRuns = UseCaseBoundary.guard(ListPilotRuns.class, pilot);
        this.importEvaluations = UseCaseBoundary.guard(ImportEvaluations.class, pilot);
        this.listEvaluations = UseCaseBoundary.guard(ListEvaluations.class, pilot);
        this.recordFollowUp = UseCaseBoundary.guard(RecordFollowUp.class, pilot);
        this.showLearningResults = UseCaseBoundary.guard(ShowLearningResults.class, learningResults);
        List<ActivityMeasure> measures = List.of(
                new InformationMaterialMeasure(ports.statisticalFigures(), ports.materialProductions(), clock.getZone()),
                new EnvironmentalScanMeasure(ports.knowledgeSources(), ports.findings()),
                new StakeholderAnalysisMeasure(ports.actors(), ports.stakeholderAssessments()),
                new PostalSurveyMeasure(ports.samplingFrames(), ports.contactWaves(), ports.dispositionEvents(),
                        ports.questionnaires(), ports.returnedForms()),
                new NeedsAnalysisMeasure(ports.needsAssessments()),
                new CompetenceMappingMeasure(ports.competenceRatings()),
                new AnalysisSeminarMeasure(ports.seminars(), ports.seminarInvitations(), ports.seminarMinutes()),
                new LearningProgrammeMeasure(ports.learningProgrammes(), ports.pilotRuns(),
                        ports.learningEvaluations()));
        this.showProgress = UseCaseBoundary.guard(ShowProgress.class,
                new ProgressService(ports.preStudies(), ports.transactions(), measures));
        ActivityQueries areas = new ActivityQueries(showProjectFacts, showProgress, listSources, listFindings,
                listActors, showActor, showStakeholderGrid, showPartnerShortlist, showNeedsCoverage,
                showNeedsAssessment, tallyNeedThemes, rankCompetences, showGapMatrix, computeResponseRates,
                computeSurveyResults, prepareInformationMaterial, listSeminars, showLearningResults, listPilotRuns,
                listProgrammeVersions);
        SynthesisService synthesis = new SynthesisService(ports.recommendations(), areas, ports.transactions(),
                commands, clock);
        this.recordRecommendation = UseCaseBoundary.guard(RecordRecommendation.class, synthesis);
        this.listRecommendations = UseCaseBoundary.guard(ListRecommendations.class, synthesis);
        this.showCrossAnalysis = UseCaseBoundary.guard(ShowCrossAnalysis.class, synthesis);
        FinalReportService finalReport = new FinalReportService(synthesis, areas, ports.transactions(), clock);
        this.prepareFinalReport = UseCaseBoundary.guard(PrepareFinalReport.class, finalReport);
        this.resolveEvidence = UseCaseBoundary.guard(ResolveEvidence.class, synthesis);
        this.showHorizontalFindings = UseCaseBoundary.guard(ShowHorizontalFindings.class, finalReport);
        ImplementationQueries implementation = new ImplementationQueries(showProjectFacts, listRecommendations,
                resolveEvidence, showPartnerShortlist, listActors, showActor, tallyNeedThemes, showNeedsCoverage,
                rankCompetences, listProgrammeVersions, computeResponseRates, showHorizontalFindings);
        ImplementationDraftService implementationDraft = new ImplementationDraftService(
                ports.implementationDrafts(), implementation, ports.transactions(), commands, clock);
        ImplementationActivityService implementationActivities = new ImplementationActivityService(
                ports.implementationDrafts(), implementation, ports.transactions(), commands);
        ImplementationReviewService implementationReview = new ImplementationReviewService(
                ports.implementationDrafts(), implementation, ports.transactions(), clock);
        this.draftImplementation = UseCaseBoundary.guard(DraftImplementation.class, implementationDraft);
        this.renameImplementationProject = UseCaseBoundary.guard(RenameImplementationProject.class,
                implementationDraft);
        this.editAims = UseCaseBoundary.guard(EditAims.class, implementationDraft);
        this.editTargetGroups = UseCaseBoundary.guard(EditTargetGroups.class, implementationDraft);
        this.editRisks = UseCaseBoundary.guard(EditRisks.class, implementationDraft);
        this.editPrinciples = UseCaseBoundary.guard(EditPrinciples.class, implementationDraft);
        this.editActivities = UseCaseBoundary.guard(EditActivities.class, implementationActivities);
        this.editResults = UseCaseBoundary.guard(EditResults.class, implementationActivities);
        this.editPartners = UseCaseBoundary.guard(EditPartners.class, new ImplementationPartnerService(
                ports.implementationDrafts(), implementation, ports.transactions(), commands, clock));
        this.showImplementationDraft = UseCaseBoundary.guard(ShowImplementationDraft.class, implementationReview);
        this.checkImplementationDraft = UseCaseBoundary.guard(CheckImplementationDraft.class,
                implementationReview);
        DatabaseService database = new DatabaseService(ports.databaseDetails(), ports.importLog(),
                ports.transactions(), ports.backups(), commands, clock);
        this.showDatabaseInfo = UseCaseBoundary.guard(ShowDatabaseInfo.class, database);
        this.backupDatabase = UseCaseBoundary.guard(BackupDatabase.class, database);
        this.restoreDatabase = UseCaseBoundary.guard(RestoreDatabase.class, database);
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

    public StartPreStudy startPreStudy() {
        return startPreStudy;
    }

    public ShowProjectFacts showProjectFacts() {
        return showProjectFacts;
    }

    public SetActivityTarget setActivityTarget() {
        return setActivityTarget;
    }

    public ShowProgress showProgress() {
        return showProgress;
    }

    public ShowDatabaseInfo showDatabaseInfo() {
        return showDatabaseInfo;
    }

    public BackupDatabase backupDatabase() {
        return backupDatabase;
    }

    public RestoreDatabase restoreDatabase() {
        return restoreDatabase;
    }

    public ImportStatistics importStatistics() {
        return importStatistics;
    }

    public ListStatistics listStatistics() {
        return listStatistics;
    }

    public PrepareInformationMaterial prepareInformationMaterial() {
        return prepareInformationMaterial;
    }

    public RecordMaterialProduction recordMaterialProduction() {
        return recordMaterialProduction;
    }

    public LoadQuestionnaire loadQuestionnaire() {
        return loadQuestionnaire;
    }

    public ShowQuestionnaire showQuestionnaire() {
        return showQuestionnaire;
    }

    public ImportSamplingFrame importSamplingFrame() {
        return importSamplingFrame;
    }

    public ListSamplingFrame listSamplingFrame() {
        return listSamplingFrame;
    }

    public ShowSurveyUnit showSurveyUnit() {
        return showSurveyUnit;
    }

    public SendContactWave sendContactWave() {
        return sendContactWave;
    }

    public ListContactWaves listContactWaves() {
        return listContactWaves;
    }

    public RecordDisposition recordDisposition() {
        return recordDisposition;
    }

    public ComputeResponseRates computeResponseRates() {
        return computeResponseRates;
    }

    public ImportActors importActors() {
        return importActors;
    }

    public AddActor addActor() {
        return addActor;
    }

    public ListActors listActors() {
        return listActors;
    }

    public ShowActor showActor() {
        return showActor;
    }

    public AddContact addContact() {
        return addContact;
    }

    public ListContacts listContacts() {
        return listContacts;
    }

    public ExportPersonalData exportPersonalData() {
        return exportPersonalData;
    }

    public ErasePersonalData erasePersonalData() {
        return erasePersonalData;
    }

    public RegisterSource registerSource() {
        return registerSource;
    }

    public ListSources listSources() {
        return listSources;
    }

    public RecordFinding recordFinding() {
        return recordFinding;
    }

    public ListFindings listFindings() {
        return listFindings;
    }

    public AssessStakeholder assessStakeholder() {
        return assessStakeholder;
    }

    public ShowStakeholderGrid showStakeholderGrid() {
        return showStakeholderGrid;
    }

    public ShowPartnerShortlist showPartnerShortlist() {
        return showPartnerShortlist;
    }

    public ShowAssessmentHistory showAssessmentHistory() {
        return showAssessmentHistory;
    }

    public PlanNeedsAssessment planNeedsAssessment() {
        return planNeedsAssessment;
    }

    public RecordMeeting recordMeeting() {
        return recordMeeting;
    }

    public RecordNeed recordNeed() {
        return recordNeed;
    }

    public ChangeAssessmentStatus changeAssessmentStatus() {
        return changeAssessmentStatus;
    }

    public ImportNeeds importNeeds() {
        return importNeeds;
    }

    public ShowNeedsAssessment showNeedsAssessment() {
        return showNeedsAssessment;
    }

    public ShowNeedsCoverage showNeedsCoverage() {
        return showNeedsCoverage;
    }

    public TallyNeedThemes tallyNeedThemes() {
        return tallyNeedThemes;
    }

    public ShowCompetenceFramework showCompetenceFramework() {
        return showCompetenceFramework;
    }

    public ImportCompetenceFramework importCompetenceFramework() {
        return importCompetenceFramework;
    }

    public ImportRatings importRatings() {
        return importRatings;
    }

    public RankCompetences rankCompetences() {
        return rankCompetences;
    }

    public ShowGapMatrix showGapMatrix() {
        return showGapMatrix;
    }

    public ImportReturns importReturns() {
        return importReturns;
    }

    public KeyReturn keyReturn() {
        return keyReturn;
    }

    public ChangeEntrySettings changeEntrySettings() {
        return changeEntrySettings;
    }

    public ShowEntryStatus showEntryStatus() {
        return showEntryStatus;
    }

    public CompareEntries compareEntries() {
        return compareEntries;
    }

    public ResolveDisagreement resolveDisagreement() {
        return resolveDisagreement;
    }

    public ComputeSurveyResults computeSurveyResults() {
        return computeSurveyResults;
    }

    public ExportSurveyData exportSurveyData() {
        return exportSurveyData;
    }

    public CreateSeminar createSeminar() {
        return createSeminar;
    }

    public ListSeminars listSeminars() {
        return listSeminars;
    }

    public ShowSeminar showSeminar() {
        return showSeminar;
    }

    public AddAgendaItem addAgendaItem() {
        return addAgendaItem;
    }

    public RecordOutcome recordOutcome() {
        return recordOutcome;
    }

    public RecordSeminarEvaluation recordSeminarEvaluation() {
        return recordSeminarEvaluation;
    }

    public InviteContacts inviteContacts() {
        return inviteContacts;
    }

    public ListInvitations listInvitations() {
        return listInvitations;
    }

    public RecordAnswer recordAnswer() {
        return recordAnswer;
    }

    public SendReminder sendReminder() {
        return sendReminder;
    }

    public CheckInAttendee checkInAttendee() {
        return checkInAttendee;
    }

    public RecordWalkIns recordWalkIns() {
        return recordWalkIns;
    }

    public ListAttendance listAttendance() {
        return listAttendance;
    }

    public WriteMinutes writeMinutes() {
        return writeMinutes;
    }

    public FinaliseMinutes finaliseMinutes() {
        return finaliseMinutes;
    }

    public ShowMinutes showMinutes() {
        return showMinutes;
    }

    public CreateProgrammeVersion createProgrammeVersion() {
        return createProgrammeVersion;
    }

    public ListProgrammeVersions listProgrammeVersions() {
        return listProgrammeVersions;
    }

    public ShowProgrammeVersion showProgrammeVersion() {
        return showProgrammeVersion;
    }

    public AddModule addModule() {
        return addModule;
    }

    public ChangeModule changeModule() {
        return changeModule;
    }

    public RemoveModule removeModule() {
        return removeModule;
    }

    public RecordPilotRun recordPilotRun() {
        return recordPilotRun;
    }

    public ListPilotRuns listPilotRuns() {
        return listPilotRuns;
    }

    public ImportEvaluations importEvaluations() {
        return importEvaluations;
    }

    public ListEvaluations listEvaluations() {
        return listEvaluations;
    }

    public RecordFollowUp recordFollowUp() {
        return recordFollowUp;
    }

    public ShowLearningResults showLearningResults() {
        return showLearningResults;
    }

    public RecordRecommendation recordRecommendation() {
        return recordRecommendation;
    }

    public ListRecommendations listRecommendations() {
        return listRecommendations;
    }

    public ShowCrossAnalysis showCrossAnalysis() {
        return showCrossAnalysis;
    }

    public PrepareFinalReport prepareFinalReport() {
        return prepareFinalReport;
    }

    public ResolveEvidence resolveEvidence() {
        return resolveEvidence;
    }

    public ShowHorizontalFindings showHorizontalFindings() {
        return showHorizontalFindings;
    }

    public DraftImplementation draftImplementation() {
        return draftImplementation;
    }

    public RenameImplementationProject renameImplementationProject() {
        return renameImplementationProject;
    }

    public EditAims editAims() {
        return editAims;
    }

    public EditTargetGroups editTargetGroups() {
        return editTargetGroups;
    }

    public EditActivities editActivities() {
        return editActivities;
    }

    public EditResults editResults() {
        return editResults;
    }

    public EditPartners editPartners() {
        return editPartners;
    }

    public EditRisks editRisks() {
        return editRisks;
    }

    public EditPrinciples editPrinciples() {
        return editPrinciples;
    }

    public ShowImplementationDraft showImplementationDraft() {
        return showImplementationDraft;
    }

    public CheckImplementationDraft checkImplementationDraft() {
        return checkImplementationDraft;
    }
}
