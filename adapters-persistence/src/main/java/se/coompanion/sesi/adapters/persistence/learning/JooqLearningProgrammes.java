package se.coompanion.sesi.adapters.persistence.learning;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_MODULE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_MODULE_COMPETENCE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_OBJECTIVE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_VERSION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.LearningModuleRecord;
import se.coompanion.sesi.application.learning.port.out.LearningProgrammes;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.learning.DeliveryFormat;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;

/**
 * The versions of the learning programme in {@code learning_version} with their modules ({@code learning_module},
 * {@code learning_objective}, {@code learning_module_competence}); the one place they are mapped. Accessibility
 * adaptations are kept one per line.
 */
public final class JooqLearningProgrammes implements LearningProgrammes {

    private final DSLContext dsl;

    public JooqLearningProgrammes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(ProgrammeVersion version, List<LearningModule> modules, Instant recordedAt) {
        var v = LEARNING_VERSION;
        dsl.insertInto(v)
                .set(v.VERSION_NO, version.number())
                .set(v.TITLE, version.title())
                .set(v.CHANGES, version.changes().orElse(null))
                .set(v.REASON, version.reason().orElse(null))
                .set(v.CREATED_ON, version.createdOn())
                .set(v.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .execute();
        for (LearningModule module : modules) {
            put(version.number(), module);
        }
    }

    @Override
    public List<Programme> all() {
        var v = LEARNING_VERSION;
        var m = LEARNING_MODULE;
        Map<Long, List<String>> objectives = new HashMap<>();
        dsl.select(LEARNING_OBJECTIVE.MODULE_ID, LEARNING_OBJECTIVE.OBJECTIVE_TEXT).from(LEARNING_OBJECTIVE)
                .orderBy(LEARNING_OBJECTIVE.MODULE_ID, LEARNING_OBJECTIVE.OBJECTIVE_NO)
                .forEach(r -> objectives.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<CompetenceKey>> competences = new HashMap<>();
        dsl.select(LEARNING_MODULE_COMPETENCE.MODULE_ID, LEARNING_MODULE_COMPETENCE.COMPETENCE_KEY)
                .from(LEARNING_MODULE_COMPETENCE)
                .forEach(r -> competences.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new CompetenceKey(r.value2())));
        Map<Integer, List<LearningModule>> modules = new HashMap<>();
        for (LearningModuleRecord r : dsl.selectFrom(m).orderBy(m.VERSION_NO, m.POSITION_NO).fetch()) {
            modules.computeIfAbsent(r.getVersionNo(), k -> new ArrayList<>()).add(new LearningModule(
                    new ModuleKey(r.getModuleKey()), r.getTitle(), ImmutableList.copyOf(objectives.get(r.getId())),
                    ImmutableSortedSet.copyOf(competences.getOrDefault(r.getId(), List.of())),
                    DeliveryFormat.valueOf(r.getDeliveryFormat()), r.getHours(),
                    r.getAdaptations() == null ? ImmutableList.of()
                            : ImmutableList.copyOf(r.getAdaptations().split("\n"))));
        }
        return dsl.selectFrom(v).orderBy(v.VERSION_NO).fetch(r -> new Programme(new ProgrammeVersion(
                r.getVersionNo(), r.getTitle(), Optional.ofNullable(r.getChanges()), Optional.ofNullable(r.getReason()),
                r.getCreatedOn()), ImmutableList.copyOf(modules.getOrDefault(r.getVersionNo(), List.of()))));
    }

    @Override
    public void put(int version, LearningModule module) {
        var m = LEARNING_MODULE;
        Optional<LearningModuleRecord> existing = dsl.selectFrom(m)
                .where(m.VERSION_NO.eq(version), m.MODULE_KEY.eq(module.key().value())).fetchOptional();
        int position = existing.map(LearningModuleRecord::getPositionNo).orElseGet(() -> dsl.select(
                DSL.coalesce(DSL.max(m.POSITION_NO), 0)).from(m).where(m.VERSION_NO.eq(version)).fetchSingle()
                .value1() + 1);
        existing.ifPresent(r -> delete(r.getId()));
        long id = dsl.insertInto(m)
                .set(m.VERSION_NO, version)
                .set(m.MODULE_KEY, module.key().value())
                .set(m.POSITION_NO, position)
                .set(m.TITLE, module.title())
                .set(m.DELIVERY_FORMAT, module.format().name())
                .set(m.HOURS, module.hours())
                .set(m.ADAPTATIONS, module.adaptations().isEmpty() ? null : String.join("\n", module.adaptations()))
                .returning(m.ID)
                .fetchSingle(m.ID);
        for (int i = 0; i < module.objectives().size(); i++) {
            dsl.insertInto(LEARNING_OBJECTIVE)
                    .set(LEARNING_OBJECTIVE.MODULE_ID, id)
                    .set(LEARNING_OBJECTIVE.OBJECTIVE_NO, i + 1)
                    .set(LEARNING_OBJECTIVE.OBJECTIVE_TEXT, module.objectives().get(i))
                    .execute();
        }
        for (CompetenceKey competence : module.competences()) {
            dsl.insertInto(LEARNING_MODULE_COMPETENCE)
                    .set(LEARNING_MODULE_COMPETENCE.MODULE_ID, id)
                    .set(LEARNING_MODULE_COMPETENCE.COMPETENCE_KEY, competence.value())
                    .execute();
        }
    }

    @Override
    public void remove(int version, ModuleKey module) {
        var m = LEARNING_MODULE;
        dsl.select(m.ID).from(m).where(m.VERSION_NO.eq(version), m.MODULE_KEY.eq(module.value())).fetchOptional(m.ID)
                .ifPresent(this::delete);
    }

    private void delete(long moduleId) {
        dsl.deleteFrom(LEARNING_OBJECTIVE).where(LEARNING_OBJECTIVE.MODULE_ID.eq(moduleId)).execute();
        dsl.deleteFrom(LEARNING_MODULE_COMPETENCE).where(LEARNING_MODULE_COMPETENCE.MODULE_ID.eq(moduleId)).execute();
        dsl.deleteFrom(LEARNING_MODULE).where(LEARNING_MODULE.ID.eq(moduleId)).execute();
    }
}
