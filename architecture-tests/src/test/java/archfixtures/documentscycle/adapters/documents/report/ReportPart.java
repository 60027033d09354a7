package archfixtures.documentscycle.adapters.documents.report;

import archfixtures.documentscycle.adapters.documents.survey.SurveyPart;

/** Violation: the report and the survey's documents need each other. */
public record ReportPart(SurveyPart survey) {
}
