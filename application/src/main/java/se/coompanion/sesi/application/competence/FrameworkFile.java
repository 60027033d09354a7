package se.coompanion.sesi.application.competence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.ColumnLayout;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.application.shared.TabularRow;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceArea;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.competence.FrameworkRow;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A competence framework file (docs/competence.md): one competence per row, in the order of the framework. It is a
 * definition read whole, not rows added to a register: every problem of every row is reported at once with its line
 * and column, and nothing is kept unless the whole file is right. A key twice, or an area given two different
 * names, is a problem of the later row, naming the earlier line.
 */
final class FrameworkFile {

    static final Column KEY = Column.required("nyckel", "key");
    static final Column AREA = Column.required("omrade", "area");
    static final Column NAME = Column.required("namn", "name");
    static final Column NAME_EN = Column.optional("namn_en", "name_en");
    static final Column AREA_NAME = Column.optional("omradesnamn", "area_name");
    static final Column AREA_NAME_EN = Column.optional("omradesnamn_en", "area_name_en");
    static final List<Column> COLUMNS = List.of(KEY, AREA, NAME, NAME_EN, AREA_NAME, AREA_NAME_EN);

    /** More rows than any framework needs are a mistake (a wrong file), not a framework. */
    static final int MAX_COMPETENCES = 500;

    private FrameworkFile() {
    }

    /** The framework of the file, or an {@link InvalidInputException} listing every problem. */
    static CompetenceFramework read(TabularSource source) {
        ColumnLayout layout = ColumnLayout.resolve(source, COLUMNS);
        List<FrameworkRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<CompetenceKey, Integer> keyLines = new HashMap<>();
        Map<String, Named> areaNames = new HashMap<>();
        int count = 0;
        try (TabularSource.Rows all = source.rows()) {
            while (all.hasNext()) {
                TabularRow row = all.next();
                if (++count > MAX_COMPETENCES) {
                    problems.add(new Problem(source.name(), row.line(), "", "",
                            Message.of(FrameworkFile.class, "framework.tooLong", MAX_COMPETENCES)));
                    break;
                }
                RowReading reading = new RowReading(source.name(), layout, row);
                FrameworkRow read = read(reading, keyLines, areaNames);
                problems.addAll(reading.problems());
                if (read != null) {
                    rows.add(read);
                }
            }
        }
        if (count == 0) {
            problems.add(new Problem(source.name(), source.headerLine(), "", "",
                    Message.of(FrameworkFile.class, "framework.noRows")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return CompetenceFramework.assemble(rows);
    }

    /** A name of an area and the line that gave it first. */
    private record Named(String name, int line) {
    }

    private static FrameworkRow read(RowReading row, Map<CompetenceKey, Integer> keyLines,
            Map<String, Named> areaNames) {
        CompetenceKey key = row.required(KEY, CompetenceKey::parse);
        CompetenceKey area = row.required(AREA, CompetenceKey::parse);
        String name = row.required(NAME);
        Optional<String> english = Optional.of(row.text(NAME_EN)).filter(s -> !s.isEmpty());
        Optional<String> areaName = Optional.of(row.text(AREA_NAME)).filter(s -> !s.isEmpty());
        Optional<String> areaEnglish = Optional.of(row.text(AREA_NAME_EN)).filter(s -> !s.isEmpty());
        if (key != null) {
            Integer first = keyLines.putIfAbsent(key, row.line());
            if (first != null) {
                row.problem(KEY, Message.of(FrameworkFile.class, "framework.keyTwice", key, first));
            }
        }
        if (area != null) {
            agree(row, AREA_NAME, area + "/sv", areaName, areaNames);
            agree(row, AREA_NAME_EN, area + "/en", areaEnglish, areaNames);
        }
        if (!row.ok()) {
            return null;
        }
        try {
            // the names' rules (not blank, not too long) are checked here, so that a problem names its line
            FrameworkRow read = new FrameworkRow(key, area, name, english, areaName, areaEnglish);
            new Competence(key, new CompetenceArea(area, areaName.orElse(area.value()),
                    areaEnglish.orElse(area.value())), name, english.orElse(name));
            return read;
        } catch (DomainException e) {
            row.problem(e.text());
            return null;
        }
    }

    private static void agree(RowReading row, Column column, String area, Optional<String> given,
            Map<String, Named> names) {
        if (given.isEmpty()) {
            return;
        }
        Named first = names.putIfAbsent(area, new Named(given.get(), row.line()));
        if (first != null && !first.name().equals(given.get())) {
            row.problem(column, Message.of(FrameworkFile.class, "framework.areaTwoNames", area.substring(0,
                    area.indexOf('/')), first.name(), first.line()));
        }
    }
}
