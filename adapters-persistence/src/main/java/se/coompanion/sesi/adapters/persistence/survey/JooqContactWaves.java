package se.coompanion.sesi.adapters.persistence.survey;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_WAVE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.SURVEY_WAVE_RECIPIENT;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.HashSet;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.QuestionnaireSent;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.WaveType;

/** The contact waves in {@code survey_wave} and their recipients in {@code survey_wave_recipient}. */
public final class JooqContactWaves implements ContactWaves {

    /** Recipients bound per batch statement. */
    private static final int CHUNK = 1000;

    private final DSLContext dsl;

    public JooqContactWaves(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ContactWave> all() {
        var recipients = DSL.count(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ);
        return dsl.select(SURVEY_WAVE.WAVE_NO, SURVEY_WAVE.WAVE_TYPE, SURVEY_WAVE.SENT_ON,
                        SURVEY_WAVE.QUESTIONNAIRE_VERSION, SURVEY_WAVE.RECORDED_AT, recipients)
                .from(SURVEY_WAVE)
                .leftJoin(SURVEY_WAVE_RECIPIENT).on(SURVEY_WAVE_RECIPIENT.WAVE_NO.eq(SURVEY_WAVE.WAVE_NO))
                .groupBy(SURVEY_WAVE.WAVE_NO, SURVEY_WAVE.WAVE_TYPE, SURVEY_WAVE.SENT_ON,
                        SURVEY_WAVE.QUESTIONNAIRE_VERSION, SURVEY_WAVE.RECORDED_AT)
                .orderBy(SURVEY_WAVE.WAVE_NO)
                .fetch(r -> new ContactWave(r.value1(), WaveType.valueOf(r.value2()), r.value3(), r.value6(),
                        r.value4() == null ? OptionalInt.empty() : OptionalInt.of(r.value4()), r.value5().toInstant()));
    }

    @Override
    public void add(ContactWave wave, List<ResponseId> recipients) {
        dsl.insertInto(SURVEY_WAVE)
                .set(SURVEY_WAVE.WAVE_NO, wave.number())
                .set(SURVEY_WAVE.WAVE_TYPE, wave.type().name())
                .set(SURVEY_WAVE.SENT_ON, wave.sentOn())
                .set(SURVEY_WAVE.QUESTIONNAIRE_VERSION, wave.questionnaireVersion().isPresent()
                        ? wave.questionnaireVersion().getAsInt() : null)
                .set(SURVEY_WAVE.RECORDED_AT, wave.recordedAt().atOffset(ZoneOffset.UTC))
                .execute();
        for (int from = 0; from < recipients.size(); from += CHUNK) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(SURVEY_WAVE_RECIPIENT, SURVEY_WAVE_RECIPIENT.WAVE_NO,
                    SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ).values((Integer) null, null));
            for (ResponseId id : recipients.subList(from, Math.min(from + CHUNK, recipients.size()))) {
                batch = batch.bind(wave.number(), id.sequence());
            }
            batch.execute();
        }
    }

    @Override
    public Map<ResponseId, Map<WaveType, LocalDate>> sentByUnit() {
        Map<ResponseId, Map<WaveType, LocalDate>> sent = new HashMap<>();
        dsl.select(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ, SURVEY_WAVE.WAVE_TYPE, DSL.min(SURVEY_WAVE.SENT_ON))
                .from(SURVEY_WAVE_RECIPIENT)
                .join(SURVEY_WAVE).on(SURVEY_WAVE.WAVE_NO.eq(SURVEY_WAVE_RECIPIENT.WAVE_NO))
                .groupBy(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ, SURVEY_WAVE.WAVE_TYPE)
                .forEach(r -> sent.computeIfAbsent(ResponseId.of(r.value1()), k -> new EnumMap<>(WaveType.class))
                        .put(WaveType.valueOf(r.value2()), r.value3()));
        return sent;
    }

    @Override
    public List<ContactWave> sentTo(ResponseId id) {
        Set<Integer> waves = new HashSet<>(dsl.select(SURVEY_WAVE_RECIPIENT.WAVE_NO).from(SURVEY_WAVE_RECIPIENT)
                .where(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ.eq(id.sequence())).fetch(SURVEY_WAVE_RECIPIENT.WAVE_NO));
        return all().stream().filter(w -> waves.contains(w.number())).toList();
    }

    @Override
    public int unitsSent(WaveType type) {
        return dsl.select(DSL.countDistinct(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ))
                .from(SURVEY_WAVE_RECIPIENT)
                .join(SURVEY_WAVE).on(SURVEY_WAVE.WAVE_NO.eq(SURVEY_WAVE_RECIPIENT.WAVE_NO))
                .where(SURVEY_WAVE.WAVE_TYPE.eq(type.name()))
                .fetchSingle().value1();
    }

    @Override
    public Map<ResponseId, QuestionnaireSent> questionnairesSent() {
        Map<ResponseId, Integer> latest = new HashMap<>();
        Map<ResponseId, Set<Integer>> versions = new HashMap<>();
        Map<ResponseId, LocalDate> first = new HashMap<>();
        dsl.select(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ, SURVEY_WAVE.QUESTIONNAIRE_VERSION, SURVEY_WAVE.SENT_ON)
                .from(SURVEY_WAVE_RECIPIENT)
                .join(SURVEY_WAVE).on(SURVEY_WAVE.WAVE_NO.eq(SURVEY_WAVE_RECIPIENT.WAVE_NO))
                .where(SURVEY_WAVE.QUESTIONNAIRE_VERSION.isNotNull())
                .orderBy(SURVEY_WAVE_RECIPIENT.RESPONSE_SEQ, SURVEY_WAVE.WAVE_NO)
                .forEach(r -> {
                    ResponseId id = ResponseId.of(r.value1());
                    latest.put(id, r.value2());
                    versions.computeIfAbsent(id, k -> new HashSet<>()).add(r.value2());
                    first.merge(id, r.value3(), (a, b) -> a.isBefore(b) ? a : b);
                });
        Map<ResponseId, QuestionnaireSent> sent = new HashMap<>();
        latest.forEach((id, version) -> sent.put(id, new QuestionnaireSent(version, versions.get(id), first.get(id))));
        return sent;
    }
}
