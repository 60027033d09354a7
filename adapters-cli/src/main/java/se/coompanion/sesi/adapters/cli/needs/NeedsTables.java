package se.coompanion.sesi.adapters.cli.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.needs.port.in.ListNeeds;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The listings of the needs analysis. CSV columns are fixed by cli.md: coverage
 * {@code municipality_code,municipality,county_code,status,needs} (status MISSING for a municipality without an
 * assessment) and themes {@code theme,municipalities,high,medium,low} (with {@code county_code} first when split
 * by county); list {@code municipality_code,municipality,status,theme,priority,target_groups,description,
 * existing_support,evidence,outside_target}.
 */
final class NeedsTables {

    /** The status of a municipality of the target set without an assessment. */
    static final String MISSING = "MISSING";

    private NeedsTables() {
    }

    static Table coverage(List<NeedsCoverage.Row> rows) {
        Table table = Table.of(column("municipality_code"), column("municipality"), column("county_code"),
                column("status"), column("needs"));
        for (NeedsCoverage.Row row : rows) {
            table.row(Cell.text(row.municipality().code()), Cell.text(row.municipality().name()),
                    Cell.text(row.municipality().county().code()),
                    row.status().map(s -> Cell.coded(s, s.title()))
                            .orElse(Cell.coded(MISSING, Message.of(NeedsTables.class, "coverage.missing"))),
                    Cell.number(row.needs()));
        }
        return table;
    }

    static Table list(List<ListNeeds.Row> rows, Locale locale) {
        Table table = Table.of(column("municipality_code"), column("municipality"), column("status"),
                column("theme"), column("priority"), column("target_groups"), column("description"),
                column("existing_support"), column("evidence"), column("outside_target"));
        for (ListNeeds.Row row : rows) {
            Need need = row.need();
            table.row(Cell.text(row.municipality().code()), Cell.text(row.municipality().name()),
                    Cell.coded(row.status(), row.status().title()),
                    Cell.coded(need.theme().code(), need.theme().title()),
                    Cell.coded(need.priority(), need.priority().title()),
                    targetGroups(need, locale), Cell.text(need.description()), Cell.text(need.existingSupport()),
                    Cell.text(need.evidence()), Cell.bool(row.outsideTarget()));
        }
        return table;
    }

    static Table themes(List<ThemeTally> tallies, boolean byCounty) {
        List<Table.Column> columns = new ArrayList<>();
        if (byCounty) {
            columns.add(column("county_code"));
        }
        List.of("theme", "municipalities", "high", "medium", "low").forEach(name -> columns.add(column(name)));
        Table table = new Table(columns);
        for (ThemeTally tally : tallies) {
            List<Cell> cells = new ArrayList<>();
            if (byCounty) {
                cells.add(Cell.text(tally.county().orElseThrow().code()));
            }
            cells.addAll(List.of(Cell.coded(tally.theme().code(), tally.theme().title()),
                    Cell.number(tally.municipalities()), Cell.number(tally.high()), Cell.number(tally.medium()),
                    Cell.number(tally.low())));
            table.row(cells);
        }
        return table;
    }

    static Table history(NeedsAssessment assessment) {
        Table table = Table.of(column("date"), column("from"), column("to"), column("reason"));
        for (StatusChange change : assessment.history()) {
            table.row(Cell.date(change.date()), change.from().map(s -> Cell.coded(s, s.title())).orElse(Cell.empty()),
                    Cell.coded(change.to(), change.to().title()), Cell.phrases(note(change)));
        }
        return table;
    }

    static Table meetings(NeedsAssessment assessment) {
        Table table = Table.of(column("date"), column("format"), column("participants"), column("women"),
                column("men"), column("non_binary"), column("not_stated"), column("roles"), column("note"));
        for (Meeting meeting : assessment.meetings()) {
            table.row(Cell.date(meeting.date()), Cell.coded(meeting.format(), meeting.format().title()),
                    Cell.number(meeting.participants().total()), Cell.number(meeting.participants().women()),
                    Cell.number(meeting.participants().men()), Cell.number(meeting.participants().nonBinary()),
                    Cell.number(meeting.participants().notStated()), Cell.text(String.join(", ", meeting.roles())),
                    Cell.text(meeting.note()));
        }
        return table;
    }

    static Table needs(NeedsAssessment assessment) {
        Table table = Table.of(column("theme"), column("priority"), column("target_groups"), column("description"),
                column("existing_support"), column("evidence"));
        for (Need need : assessment.needs()) {
            table.row(Cell.coded(need.theme().code(), need.theme().title()),
                    Cell.coded(need.priority(), need.priority().title()),
                    Cell.phrases(need.targetGroups().stream().map(TargetGroup::title).toList()),
                    Cell.text(need.description()), Cell.text(need.existingSupport()), Cell.text(need.evidence()));
        }
        return table;
    }

    /** The target groups joined with | for programs (as in the needs file), their names for people. */
    private static Cell targetGroups(Need need, Locale locale) {
        return Cell.coded(need.targetGroups().stream().map(TargetGroup::name).collect(Collectors.joining("|")),
                Message.literal(need.targetGroups().stream().map(g -> g.title().format(locale))
                        .collect(Collectors.joining("; "))));
    }

    /** A reopening's reason, or the statuses a step forward passed over ("passed over: booked; conducted"). */
    private static List<Message> note(StatusChange change) {
        if (change.reopen()) {
            return List.of(Message.of(NeedsTables.class, "history.reopened", change.reason().orElse("")));
        }
        List<Message> parts = new ArrayList<>();
        for (int i = 0; i < change.skipped().size(); i++) {
            Message title = change.skipped().get(i).title();
            parts.add(i == 0 ? Message.of(NeedsTables.class, "history.skipped", title) : title);
        }
        return parts;
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(NeedsTables.class, "column." + name));
    }
}
