package se.coompanion.sesi.adapters.persistence.scan;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.FINDING;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.FINDING_SOURCE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.FINDING_THEME;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.FindingRecord;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.FindingId;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.Relevance;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.shared.Theme;

/** Findings of the environmental scan in tables {@code finding}, {@code finding_theme} and {@code finding_source}. */
public final class JooqFindings implements Findings {

    private final DSLContext dsl;

    public JooqFindings(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RecordedFinding add(Finding finding, Instant recordedAt) {
        long id = dsl.insertInto(FINDING)
                .set(FINDING.STATEMENT, finding.statement())
                .set(FINDING.RELEVANCE, finding.relevance().value())
                .set(FINDING.LESSON, finding.lesson().orElse(null))
                .set(FINDING.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .returning(FINDING.ID)
                .fetchSingle(FINDING.ID);
        var themes = dsl.insertInto(FINDING_THEME, FINDING_THEME.FINDING_ID, FINDING_THEME.THEME_CODE);
        finding.themes().forEach(t -> themes.values(id, t.name()));
        themes.execute();
        var sources = dsl.insertInto(FINDING_SOURCE, FINDING_SOURCE.FINDING_ID, FINDING_SOURCE.SOURCE_ID);
        finding.sources().forEach(s -> sources.values(id, s.value()));
        sources.execute();
        return new RecordedFinding(new FindingId(id), finding);
    }

    @Override
    public List<RecordedFinding> all() {
        Map<Long, List<String>> themes = dsl.selectFrom(FINDING_THEME)
                .fetchGroups(FINDING_THEME.FINDING_ID, FINDING_THEME.THEME_CODE);
        Map<Long, List<Long>> sources = dsl.selectFrom(FINDING_SOURCE)
                .fetchGroups(FINDING_SOURCE.FINDING_ID, FINDING_SOURCE.SOURCE_ID);
        return dsl.selectFrom(FINDING).orderBy(FINDING.ID).fetch(r -> toFinding(r,
                themes.getOrDefault(r.getId(), List.of()), sources.getOrDefault(r.getId(), List.of())));
    }

    @Override
    public int count() {
        return dsl.fetchCount(FINDING);
    }

    private static RecordedFinding toFinding(FindingRecord r, List<String> themes, List<Long> sources) {
        return new RecordedFinding(new FindingId(r.getId()), new Finding(r.getStatement(),
                themes.stream().map(Theme::valueOf).collect(ImmutableSortedSet.toImmutableSortedSet(
                        Comparator.naturalOrder())),
                new Relevance(r.getRelevance()), Optional.ofNullable(r.getLesson()),
                sources.stream().map(SourceId::new).collect(ImmutableSortedSet.toImmutableSortedSet(
                        Comparator.naturalOrder()))));
    }
}
