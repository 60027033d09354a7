package se.coompanion.sesi.application.survey.port.in;

import java.util.List;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.survey.Question;

/**
 * The cleaned data set: every usable return with its settled answers, and the variables that describe them (the
 * questionnaire's latest version, then variables only earlier versions have), for the export files.
 */
public interface ExportSurveyData {

    /** Gives the sink the variables, then each usable return in response-id order; returns how many. */
    long export(Sink sink);

    /** Where the data go. */
    interface Sink {

        /** The variables, before any return. */
        void variables(List<Question> variables);

        void accept(UsableReturn usableReturn);
    }
}
