package se.coompanion.sesi.application.survey.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.EntryPass;
import se.coompanion.sesi.domain.survey.entry.KeyedPass;
import se.coompanion.sesi.domain.survey.entry.Resolution;
import se.coompanion.sesi.domain.survey.entry.EntrySettings;

/** The returned forms as keyed: each pass with its answers, the resolutions of double entry, and its setting. */
public interface KeyedForms {

    /** The data-entry settings; {@link EntrySettings#DEFAULT} until they are changed. */
    EntrySettings settings();

    void save(EntrySettings settings);

    /** Every keyed pass without its answers, in response-id and pass order. */
    List<PassSummary> summaries();

    /** The passes of the forms, with their answers, in response-id and pass order. */
    List<KeyedPass> passes(Collection<ResponseId> ids);

    /** Stores new passes (part of the caller's transaction); a form's pass is stored once. */
    void add(List<KeyedPass> passes);

    /** Removes a pass of the forms (to key it again). */
    void remove(EntryPass pass, Collection<ResponseId> ids);

    /** The resolutions of the forms, in the order recorded. */
    List<Resolution> resolutions(Collection<ResponseId> ids);

    void add(Resolution resolution);

    /** The forms that have at least one resolution. */
    Set<ResponseId> resolvedForms();

    /**
     * For every form keyed in both passes, each field whose two values differ (a field answered in one pass only
     * included), in response-id order.
     */
    List<FieldDifference> differences();
}
