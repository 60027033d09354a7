package se.coompanion.sesi.application.needs;

import static se.coompanion.sesi.application.needs.NeedsColumns.DESCRIPTION;
import static se.coompanion.sesi.application.needs.NeedsColumns.EVIDENCE;
import static se.coompanion.sesi.application.needs.NeedsColumns.EXISTING_SUPPORT;
import static se.coompanion.sesi.application.needs.NeedsColumns.MUNICIPALITY;
import static se.coompanion.sesi.application.needs.NeedsColumns.PRIORITY;
import static se.coompanion.sesi.application.needs.NeedsColumns.TARGET_GROUPS;
import static se.coompanion.sesi.application.needs.NeedsColumns.THEME;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Reads one row of a needs file into a {@link RaisedNeed}, recording every problem of the row against its column,
 * and checking it against the assessments stored: a validated one takes no new needs, and a need stored already
 * is not stored twice.
 */
final class NeedRows {

    private final Map<Municipality, NeedsAssessment> stored;

    /** @param stored the assessments in the database before the import */
    NeedRows(Map<Municipality, NeedsAssessment> stored) {
        this.stored = Map.copyOf(stored);
    }

    /** The need, or null after recording the row's problems. */
    RaisedNeed read(RowReading row) {
        Municipality municipality = row.required(MUNICIPALITY, Municipality::of);
        NeedTheme theme = row.required(THEME, NeedTheme::parse);
        Priority priority = row.required(PRIORITY, Priority::parse);
        ImmutableSortedSet<TargetGroup> groups = row.optional(TARGET_GROUPS, TargetGroup::parseList)
                .orElse(ImmutableSortedSet.of());
        String description = row.required(DESCRIPTION);
        Optional<String> support = Optional.of(row.text(EXISTING_SUPPORT));
        Optional<String> evidence = Optional.of(row.text(EVIDENCE));
        if (!row.ok()) {
            return null;
        }
        Need need;
        try {
            need = new Need(theme, priority, groups, description, support, evidence);
        } catch (DomainException e) {
            row.problem(e.text());
            return null;
        }
        NeedsAssessment assessment = stored.get(municipality);
        if (assessment != null) {
            try {
                assessment.checkAcceptsNeeds();
            } catch (DomainException e) {
                row.problem(MUNICIPALITY, e.text());
                return null;
            }
            if (assessment.recorded(need).isPresent()) {
                row.problem(DESCRIPTION, Message.of(NeedRows.class, "import.needStored", municipality,
                        theme.code()));
                return null;
            }
        }
        return new RaisedNeed(municipality, need);
    }
}
