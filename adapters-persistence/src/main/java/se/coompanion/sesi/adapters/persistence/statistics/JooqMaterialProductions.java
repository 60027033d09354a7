package se.coompanion.sesi.adapters.persistence.statistics;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.MATERIAL_PRODUCTION;

import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.MaterialProductionRecord;
import se.coompanion.sesi.application.statistics.port.out.MaterialProductions;
import se.coompanion.sesi.domain.statistics.MaterialFormat;
import se.coompanion.sesi.domain.statistics.MaterialProduction;

/** The productions of the information material in table {@code material_production}. */
public final class JooqMaterialProductions implements MaterialProductions {

    private final DSLContext dsl;

    public JooqMaterialProductions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(MaterialProduction production) {
        dsl.insertInto(MATERIAL_PRODUCTION)
                .set(MATERIAL_PRODUCTION.PRODUCED_AT, production.producedAt().atOffset(ZoneOffset.UTC))
                .set(MATERIAL_PRODUCTION.FILE_FORMAT, production.format().name())
                .set(MATERIAL_PRODUCTION.LANGUAGE_CODE, production.language())
                .execute();
    }

    @Override
    public Optional<MaterialProduction> latest() {
        return dsl.selectFrom(MATERIAL_PRODUCTION)
                .orderBy(MATERIAL_PRODUCTION.PRODUCED_AT.desc(), MATERIAL_PRODUCTION.ID.desc())
                .limit(1)
                .fetchOptional()
                .map(JooqMaterialProductions::toProduction);
    }

    @Override
    public int count() {
        return dsl.fetchCount(MATERIAL_PRODUCTION);
    }

    private static MaterialProduction toProduction(MaterialProductionRecord r) {
        return new MaterialProduction(r.getProducedAt().toInstant(), MaterialFormat.valueOf(r.getFileFormat()),
                r.getLanguageCode());
    }
}
