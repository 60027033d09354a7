package se.coompanion.sesi.adapters.persistence.scan;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.KNOWLEDGE_SOURCE;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.KnowledgeSourceRecord;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.scan.SourceKind;
import se.coompanion.sesi.domain.shared.CaseNumber;

/** Sources of the environmental scan in table {@code knowledge_source}. */
public final class JooqKnowledgeSources implements KnowledgeSources {

    private final DSLContext dsl;

    public JooqKnowledgeSources(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public RegisteredSource add(KnowledgeSource s, Instant registeredAt) {
        long id = dsl.insertInto(KNOWLEDGE_SOURCE)
                .set(KNOWLEDGE_SOURCE.KIND, s.kind().name())
                .set(KNOWLEDGE_SOURCE.TITLE, s.title())
                .set(KNOWLEDGE_SOURCE.PUBLISHER, s.publisher())
                .set(KNOWLEDGE_SOURCE.PUBLISHED_YEAR, s.year().map(Year::getValue).orElse(null))
                .set(KNOWLEDGE_SOURCE.REFERENCE, s.reference().orElse(null))
                .set(KNOWLEDGE_SOURCE.FUNDING_PROGRAMME, s.fundingProgramme().orElse(null))
                .set(KNOWLEDGE_SOURCE.CASE_NUMBER, s.caseNumber().map(CaseNumber::value).orElse(null))
                .set(KNOWLEDGE_SOURCE.EXAMPLE, s.example())
                .set(KNOWLEDGE_SOURCE.NOTE, s.note().orElse(null))
                .set(KNOWLEDGE_SOURCE.REGISTERED_AT, registeredAt.atOffset(ZoneOffset.UTC))
                .returning(KNOWLEDGE_SOURCE.ID)
                .fetchSingle(KNOWLEDGE_SOURCE.ID);
        return new RegisteredSource(new SourceId(id), s);
    }

    @Override
    public List<RegisteredSource> all() {
        return sources(KNOWLEDGE_SOURCE.ID.isNotNull());
    }

    @Override
    public List<RegisteredSource> find(Collection<SourceId> ids) {
        return ids.isEmpty() ? List.of()
                : sources(KNOWLEDGE_SOURCE.ID.in(ids.stream().map(SourceId::value).toList()));
    }

    @Override
    public int count() {
        return dsl.fetchCount(KNOWLEDGE_SOURCE);
    }

    private List<RegisteredSource> sources(Condition condition) {
        return dsl.selectFrom(KNOWLEDGE_SOURCE).where(condition).orderBy(KNOWLEDGE_SOURCE.ID)
                .fetch(JooqKnowledgeSources::toSource);
    }

    private static RegisteredSource toSource(KnowledgeSourceRecord r) {
        return new RegisteredSource(new SourceId(r.getId()), new KnowledgeSource(SourceKind.valueOf(r.getKind()),
                r.getTitle(), r.getPublisher(), Optional.ofNullable(r.getPublishedYear()).map(Year::of),
                Optional.ofNullable(r.getReference()), Optional.ofNullable(r.getFundingProgramme()),
                Optional.ofNullable(r.getCaseNumber()).map(CaseNumber::new), r.getExample(),
                Optional.ofNullable(r.getNote())));
    }
}
