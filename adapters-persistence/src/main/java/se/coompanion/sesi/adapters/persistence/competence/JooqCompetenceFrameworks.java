package se.coompanion.sesi.adapters.persistence.competence;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.COMPETENCE;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.CompetenceRecord;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceArea;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.CompetenceKey;

/** The imported competence framework in table {@code competence}, one row per competence in the framework's order. */
public final class JooqCompetenceFrameworks implements CompetenceFrameworks {

    private final DSLContext dsl;

    public JooqCompetenceFrameworks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CompetenceFramework> imported() {
        List<Competence> competences = dsl.selectFrom(COMPETENCE).orderBy(COMPETENCE.POSITION_IN_FRAMEWORK)
                .fetch(JooqCompetenceFrameworks::toCompetence);
        return competences.isEmpty() ? Optional.empty() : Optional.of(CompetenceFramework.of(competences));
    }

    @Override
    public void replace(CompetenceFramework framework) {
        dsl.deleteFrom(COMPETENCE).execute();
        var batch = dsl.batch(dsl.insertInto(COMPETENCE, COMPETENCE.COMPETENCE_KEY, COMPETENCE.POSITION_IN_FRAMEWORK,
                COMPETENCE.AREA_KEY, COMPETENCE.AREA_NAME_SV, COMPETENCE.AREA_NAME_EN, COMPETENCE.NAME_SV,
                COMPETENCE.NAME_EN).values((String) null, null, null, null, null, null, null));
        List<Competence> competences = framework.competences();
        for (int i = 0; i < competences.size(); i++) {
            Competence c = competences.get(i);
            batch.bind(c.key().value(), i, c.area().key().value(), c.area().swedish(), c.area().english(), c.swedish(),
                    c.english());
        }
        batch.execute();
    }

    private static Competence toCompetence(CompetenceRecord r) {
        return new Competence(new CompetenceKey(r.getCompetenceKey()), new CompetenceArea(new CompetenceKey(
                r.getAreaKey()), r.getAreaNameSv(), r.getAreaNameEn()), r.getNameSv(), r.getNameEn());
    }
}
