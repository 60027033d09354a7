package se.coompanion.sesi.adapters.persistence.seminar;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SEMINAR_MINUTES;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.MinutesStatus;
import se.coompanion.sesi.domain.seminar.MinutesVersion;
import se.coompanion.sesi.domain.seminar.SeminarId;

/** Every version of the minutes in table {@code seminar_minutes}; a final version is never written again. */
public final class JooqSeminarMinutes implements SeminarMinutes {

    private final DSLContext dsl;

    public JooqSeminarMinutes(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Minutes of(SeminarId seminar) {
        var m = SEMINAR_MINUTES;
        return Minutes.of(dsl.selectFrom(m).where(m.SEMINAR_ID.eq(seminar.value())).orderBy(m.MINUTES_VERSION)
                .fetch(r -> new MinutesVersion(r.getMinutesVersion(), r.getMinutesText(),
                        MinutesStatus.valueOf(r.getMinutesStatus()), r.getWrittenAt().toInstant(),
                        Optional.ofNullable(r.getFinalisedAt()).map(OffsetDateTime::toInstant))));
    }

    @Override
    public void store(SeminarId seminar, MinutesVersion version) {
        var m = SEMINAR_MINUTES;
        OffsetDateTime finalised = version.finalisedAt().map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null);
        int changed = dsl.update(m)
                .set(m.MINUTES_TEXT, version.text())
                .set(m.MINUTES_STATUS, version.status().name())
                .set(m.WRITTEN_AT, version.writtenAt().atOffset(ZoneOffset.UTC))
                .set(m.FINALISED_AT, finalised)
                .where(m.SEMINAR_ID.eq(seminar.value()), m.MINUTES_VERSION.eq(version.version()),
                        m.MINUTES_STATUS.eq(MinutesStatus.DRAFT.name()))
                .execute();
        if (changed == 0) {
            dsl.insertInto(m)
                    .set(m.SEMINAR_ID, seminar.value())
                    .set(m.MINUTES_VERSION, version.version())
                    .set(m.MINUTES_TEXT, version.text())
                    .set(m.MINUTES_STATUS, version.status().name())
                    .set(m.WRITTEN_AT, version.writtenAt().atOffset(ZoneOffset.UTC))
                    .set(m.FINALISED_AT, finalised)
                    .execute();
        }
    }
}
