package archfixtures.documentscycle.adapters.documents.survey;

import archfixtures.documentscycle.adapters.documents.report.ReportPart;

/** Violation: the survey's documents need the report. */
public record SurveyPart(ReportPart report) {
}
