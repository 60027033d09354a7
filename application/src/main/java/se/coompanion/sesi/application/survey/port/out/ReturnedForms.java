package se.coompanion.sesi.application.survey.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;

/**
 * The keyed forms' states and the analysis rows of the usable ones: what the results are computed from, in the
 * database where it pays ({@code GROUP BY}) rather than by loading every answer.
 */
public interface ReturnedForms {

    /** Stores the forms (part of the caller's transaction), replacing what was stored for them. */
    void save(List<ReturnedForm> forms);

    /** Removes what is stored for the forms. */
    void remove(Collection<ResponseId> ids);

    /** Every form without its rows, in response-id order. */
    List<ReturnedForm> list();

    /** How many forms are in each state (states without forms left out). */
    Map<FormState, Long> states();

    /** The usable returns in each group (groups without returns left out). */
    Map<String, Long> returns(ResultGrouping grouping);

    /**
     * The analysis rows of the usable returns counted by question, group and value: one tally per distinct
     * (question, group, answered, code, number, text).
     *
     * @param grouping how to group the returns
     * @param variable only this question, or every question
     */
    List<GroupTally> tally(ResultGrouping grouping, Optional<String> variable);

    /** Each usable return with its answers, in response-id order, streamed. */
    void forEachUsable(Consumer<UsableReturn> sink);
}
