package se.coompanion.sesi.application.survey;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.domain.survey.FrameSize;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionCounts;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;
import se.coompanion.sesi.domain.survey.WaveType;
import se.coompanion.sesi.domain.survey.entry.FormState;

/**
 * The progress of the postal survey (target: the survey sent to the whole frame). The set is the survey population
 * (the eligible units of the frame); a unit counts when it was sent the questionnaire, or when it was finalised
 * before it could be (its pre-notice came back undeliverable, it refused after the pre-notice, it was found not
 * eligible): such a unit is settled and is not to be mailed. The activity is done when every unit of the
 * population counts and the response rate can be reported (RR2 is defined).
 */
public final class PostalSurveyMeasure implements ActivityMeasure {

    /** The final dispositions: a unit in one of them is settled. */
    private static final Set<Disposition> FINAL = Arrays.stream(Disposition.values()).filter(Disposition::isFinal)
            .collect(Collectors.toUnmodifiableSet());

    private final SamplingFrames frames;
    private final ContactWaves waves;
    private final DispositionEvents dispositions;
    private final Questionnaires questionnaires;
    private final ReturnedForms returned;

    public PostalSurveyMeasure(SamplingFrames frames, ContactWaves waves, DispositionEvents dispositions,
            Questionnaires questionnaires, ReturnedForms returned) {
        this.frames = Objects.requireNonNull(frames);
        this.waves = Objects.requireNonNull(waves);
        this.dispositions = Objects.requireNonNull(dispositions);
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.returned = Objects.requireNonNull(returned);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.POSTAL_SURVEY;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        FrameSize size = frames.size();
        Optional<QuestionnaireVersion> questionnaire = questionnaires.latest();
        if (size.units() == 0 && questionnaire.isEmpty()) {
            return Measurement.nothing();
        }
        int mailed = waves.unitsSent(WaveType.QUESTIONNAIRE);
        int settledBefore = dispositions.countNeverSent(FINAL, WaveType.QUESTIONNAIRE);
        int wavesSent = waves.all().size();
        DispositionCounts counts = ResponseRateService.overall(dispositions.outcomes());
        OptionalDouble rr2 = counts.rr2();
        ImmutableList.Builder<Message> details = ImmutableList.builder();
        details.add(message("progress.frame", size.units(), size.population()));
        questionnaire.ifPresent(q -> details.add(message("progress.questionnaire", q.number())));
        details.add(message("progress.waves", wavesSent));
        details.add(message("progress.mailed", mailed));
        if (settledBefore > 0) {
            details.add(message("progress.settledBefore", settledBefore));
        }
        details.add(message("progress.completes", counts.complete()));
        Map<FormState, Long> states = returned.states();
        long keyed = states.values().stream().mapToLong(Long::longValue).sum();
        if (keyed > 0) {
            details.add(message("progress.keyed", keyed, states.getOrDefault(FormState.USABLE, 0L)));
        }
        details.add(rr2.isPresent() ? message("progress.rr2", percent(rr2.getAsDouble()))
                : message("progress.rr2Undefined"));
        int actual = mailed + settledBefore;
        boolean done = size.population() > 0 && actual >= size.population() && rr2.isPresent();
        return new Measurement(actual, size.population() > 0 ? OptionalInt.of(size.population()) : OptionalInt.empty(),
                true, done, details.build());
    }

    /** A share as a percentage with one decimal, written with the language's decimal mark. */
    private static Message percent(double share) {
        BigDecimal percent = BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
        String plain = percent.toPlainString();
        int point = plain.indexOf('.');
        return message("progress.percent", plain.substring(0, point), plain.substring(point + 1));
    }

    private static Message message(String key, Object... args) {
        return Message.of(PostalSurveyMeasure.class, key, args);
    }
}
