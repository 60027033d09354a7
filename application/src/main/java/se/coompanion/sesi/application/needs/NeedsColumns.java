package se.coompanion.sesi.application.needs;

import java.util.List;
import se.coompanion.sesi.application.shared.Column;

/**
 * The columns of a needs file (cli.md, "Needs"), Swedish or English names. Municipality, theme, priority and
 * description are required; target groups (joined with {@code |}) and existing support may be left out of the
 * header or empty. {@code underlag}/{@code evidence} is an addition of this implementation: what the need rests on.
 */
final class NeedsColumns {

    static final Column MUNICIPALITY = Column.required("kommunkod", "municipality_code");
    static final Column THEME = Column.required("tema", "theme");
    static final Column PRIORITY = Column.required("prioritet", "priority");
    static final Column TARGET_GROUPS = Column.optional("malgrupper", "target_groups");
    static final Column DESCRIPTION = Column.required("beskrivning", "description");
    static final Column EXISTING_SUPPORT = Column.optional("befintligt_stod", "existing_support");
    static final Column EVIDENCE = Column.optional("underlag", "evidence");

    static final List<Column> ALL = List.of(MUNICIPALITY, THEME, PRIORITY, TARGET_GROUPS, DESCRIPTION,
            EXISTING_SUPPORT, EVIDENCE);

    private NeedsColumns() {
    }
}
