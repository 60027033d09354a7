package se.coompanion.sesi.adapters.persistence.learning;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_PILOT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.LEARNING_PILOT_MODULE;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.application.learning.port.out.PilotRuns;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.PilotRun;
import se.coompanion.sesi.domain.shared.GenderCounts;

/** Pilot runs in {@code learning_pilot} with the modules given ({@code learning_pilot_module}). */
public final class JooqPilotRuns implements PilotRuns {

    private final DSLContext dsl;

    public JooqPilotRuns(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(PilotRun run, Instant recordedAt) {
        var p = LEARNING_PILOT;
        dsl.insertInto(p)
                .set(p.PILOT_NO, run.number())
                .set(p.VERSION_NO, run.version())
                .set(p.RUN_ON, run.date())
                .set(p.PLACE, run.place().orElse(null))
                .set(p.WOMEN, run.participants().women())
                .set(p.MEN, run.participants().men())
                .set(p.NON_BINARY, run.participants().nonBinary())
                .set(p.NOT_STATED, run.participants().notStated())
                .set(p.RECORDED_AT, recordedAt.atOffset(ZoneOffset.UTC))
                .execute();
        for (int i = 0; i < run.modules().size(); i++) {
            dsl.insertInto(LEARNING_PILOT_MODULE)
                    .set(LEARNING_PILOT_MODULE.PILOT_NO, run.number())
                    .set(LEARNING_PILOT_MODULE.POSITION_NO, i + 1)
                    .set(LEARNING_PILOT_MODULE.MODULE_KEY, run.modules().get(i).value())
                    .execute();
        }
    }

    @Override
    public List<PilotRun> all() {
        Map<Integer, List<ModuleKey>> modules = new HashMap<>();
        dsl.select(LEARNING_PILOT_MODULE.PILOT_NO, LEARNING_PILOT_MODULE.MODULE_KEY).from(LEARNING_PILOT_MODULE)
                .orderBy(LEARNING_PILOT_MODULE.PILOT_NO, LEARNING_PILOT_MODULE.POSITION_NO)
                .forEach(r -> modules.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new ModuleKey(r.value2())));
        var p = LEARNING_PILOT;
        return dsl.selectFrom(p).orderBy(p.PILOT_NO).fetch(r -> new PilotRun(r.getPilotNo(), r.getVersionNo(),
                r.getRunOn(), ImmutableList.copyOf(modules.getOrDefault(r.getPilotNo(), List.of())),
                new GenderCounts(r.getWomen(), r.getMen(), r.getNonBinary(), r.getNotStated()),
                Optional.ofNullable(r.getPlace())));
    }
}
