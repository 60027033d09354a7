package se.coompanion.sesi.adapters.cli.stakeholder;

import java.util.ArrayList;
import java.util.List;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * The stakeholder listings with the fixed CSV headers of cli.md; people also see the actor's key, which names the
 * actor in other commands.
 */
final class StakeholderTables {

    static final List<String> GRID = List.of("org_number", "actor", "power", "interest", "quadrant", "salience",
            "attitude", "candidacy", "assessed_on");
    static final List<String> SHORTLIST = List.of("rank", "org_number", "actor", "candidacy", "quadrant",
            "attitude");
    static final List<String> HISTORY = List.of("assessed_on", "power", "interest", "quadrant", "salience",
            "attitude", "candidacy", "current", "rationale");

    private StakeholderTables() {
    }

    static Table grid(List<ShowStakeholderGrid.Placed> placed, boolean forPeople) {
        Table table = table(GRID, forPeople);
        for (ShowStakeholderGrid.Placed p : placed) {
            StakeholderAssessment a = p.assessment();
            List<Cell> cells = key(p.actor(), forPeople);
            cells.addAll(List.of(orgNumber(p.actor()), Cell.text(p.actor().name()), Cell.number(a.power().value()),
                    Cell.number(a.interest().value()), quadrant(a), salience(a), Cell.number(a.attitude().value()),
                    candidacy(a), Cell.date(a.assessedOn())));
            table.row(cells);
        }
        return table;
    }

    static Table shortlist(List<ShowPartnerShortlist.Ranked> ranked, boolean forPeople) {
        Table table = table(SHORTLIST, forPeople);
        for (ShowPartnerShortlist.Ranked r : ranked) {
            StakeholderAssessment a = r.assessment();
            List<Cell> cells = key(r.actor(), forPeople);
            cells.addAll(List.of(Cell.number(r.rank()), orgNumber(r.actor()), Cell.text(r.actor().name()),
                    candidacy(a), quadrant(a), Cell.number(a.attitude().value())));
            table.row(cells);
        }
        return table;
    }

    /** One actor's assessments, oldest first: the last one is the current one. */
    static Table history(List<StakeholderAssessment> chronological) {
        Table table = table(HISTORY, false);
        for (int i = 0; i < chronological.size(); i++) {
            StakeholderAssessment a = chronological.get(i);
            table.row(Cell.date(a.assessedOn()), Cell.number(a.power().value()), Cell.number(a.interest().value()),
                    quadrant(a), salience(a), Cell.number(a.attitude().value()), candidacy(a),
                    Cell.bool(i == chronological.size() - 1), Cell.text(a.rationale()));
        }
        return table;
    }

    static Cell quadrant(StakeholderAssessment a) {
        return Cell.coded(a.quadrant(), a.quadrant().title());
    }

    static Cell salience(StakeholderAssessment a) {
        return a.salienceClass().map(c -> Cell.coded(c, c.title())).orElse(Cell.empty());
    }

    static Cell candidacy(StakeholderAssessment a) {
        return Cell.coded(a.candidacy(), a.candidacy().title());
    }

    private static Cell orgNumber(Actor actor) {
        return Cell.text(actor.number().map(n -> n.formatted()));
    }

    private static List<Cell> key(Actor actor, boolean forPeople) {
        List<Cell> cells = new ArrayList<>();
        if (forPeople) {
            cells.add(Cell.text(actor.key().value()));
        }
        return cells;
    }

    private static Table table(List<String> csvColumns, boolean forPeople) {
        List<Table.Column> columns = new ArrayList<>();
        if (forPeople) {
            columns.add(column("key"));
        }
        csvColumns.forEach(c -> columns.add(column(c)));
        return new Table(columns);
    }

    static Table.Column column(String name) {
        return new Table.Column(name, Message.of(StakeholderTables.class, "column." + name));
    }
}
