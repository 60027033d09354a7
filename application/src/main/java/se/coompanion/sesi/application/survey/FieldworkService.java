package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.ListContactWaves;
import se.coompanion.sesi.application.survey.port.in.RecordDisposition;
import se.coompanion.sesi.application.survey.port.in.SendContactWave;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.DispositionEvents;
import se.coompanion.sesi.application.survey.port.out.KeyedForms;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.application.survey.port.out.SamplingFrames;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.DispositionEvent;
import se.coompanion.sesi.domain.survey.FrameUnit;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.UnitContact;
import se.coompanion.sesi.domain.survey.WaveRecipients;
import se.coompanion.sesi.domain.survey.WaveType;

/** The field work of the postal survey: the contact waves and what comes back. */
public final class FieldworkService implements SendContactWave, ListContactWaves, RecordDisposition {

    private final SamplingFrames frames;
    private final ContactWaves waves;
    private final DispositionEvents dispositions;
    private final Questionnaires questionnaires;
    private final KeyedForms keyed;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;
    private final FormUpdates updates;

    public FieldworkService(SamplingFrames frames, ContactWaves waves, DispositionEvents dispositions,
            Questionnaires questionnaires, KeyedForms keyed, ReturnedForms returned, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.frames = Objects.requireNonNull(frames);
        this.waves = Objects.requireNonNull(waves);
        this.dispositions = Objects.requireNonNull(dispositions);
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.keyed = Objects.requireNonNull(keyed);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
        this.updates = new FormUpdates(keyed, returned, dispositions);
    }

    @Override
    public SendContactWave.Result send(SendContactWave.Command command) {
        validator.check(command);
        WaveType type = command.type();
        LocalDate date = command.date();
        return transactions.inTransaction(() -> {
            List<FrameUnit> population = frames.population();
            if (population.isEmpty()) {
                throw new ConflictException(message("wave.noFrame"));
            }
            OptionalInt version = OptionalInt.empty();
            if (type.carriesQuestionnaire()) {
                version = OptionalInt.of(questionnaires.latest()
                        .orElseThrow(() -> new ConflictException(message("wave.noQuestionnaire", type.title())))
                        .number());
            }
            List<ContactWave> recorded = waves.all();
            recorded.stream().filter(w -> w.type() == type && w.sentOn().equals(date)).findFirst().ifPresent(w -> {
                throw new ConflictException(message("wave.twice", type.title(), date.toString(), w.number()));
            });
            Map<ResponseId, Disposition> current = dispositions.current();
            Map<ResponseId, Map<WaveType, LocalDate>> sent = waves.sentByUnit();
            Map<ResponseId, UnitContact> contacts = new HashMap<>();
            for (FrameUnit unit : population) {
                ResponseId id = unit.responseId().orElseThrow();
                contacts.put(id, UnitContact.of(id, current.getOrDefault(id, Disposition.UNKNOWN_NO_RETURN),
                        sent.getOrDefault(id, Map.of())));
            }
            List<ResponseId> recipients = command.chosen().isPresent()
                    ? chosen(type, date, command.chosen().get(), contacts)
                    : WaveRecipients.byDefault(type, date, contacts.values());
            if (recipients.isEmpty()) {
                throw new ConflictException(message("wave.nobody", type.title()));
            }
            ContactWave wave = new ContactWave(recorded.size() + 1, type, date, recipients.size(), version,
                    clock.instant());
            waves.add(wave, recipients);
            Map<ResponseId, FrameUnit> byId = population.stream()
                    .collect(Collectors.toMap(u -> u.responseId().orElseThrow(), Function.identity()));
            return new SendContactWave.Result(wave, recipients.stream().sorted().map(byId::get).toList());
        });
    }

    /** The chosen units, each checked; every problem of the list is reported at once with its line. */
    private static List<ResponseId> chosen(WaveType type, LocalDate date, SendContactWave.Chosen list,
            Map<ResponseId, UnitContact> contacts) {
        List<Problem> problems = new ArrayList<>();
        Map<ResponseId, Integer> seen = new HashMap<>();
        List<ResponseId> ids = new ArrayList<>();
        for (SendContactWave.Line line : list.ids()) {
            ResponseId id;
            try {
                id = ResponseId.parse(line.text());
            } catch (DomainException e) {
                problems.add(new Problem(list.source(), line.line(), "response_id", line.text(), e.text()));
                continue;
            }
            Integer first = seen.putIfAbsent(id, line.line());
            UnitContact unit = contacts.get(id);
            if (first != null) {
                problems.add(new Problem(list.source(), line.line(), "response_id", line.text(),
                        message("wave.idTwice", id.toString(), first)));
            } else if (unit == null) {
                problems.add(new Problem(list.source(), line.line(), "response_id", line.text(),
                        message("wave.idUnknown", id.toString())));
            } else {
                WaveRecipients.refusal(type, date, unit).ifPresentOrElse(
                        why -> problems.add(new Problem(list.source(), line.line(), "response_id", line.text(), why)),
                        () -> ids.add(id));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (list.ids().isEmpty()) {
            throw InvalidInputException.of(new Problem(list.source(), 0, "", "", message("wave.emptyList")));
        }
        return ids;
    }

    @Override
    public List<ContactWave> list() {
        return transactions.inTransaction(waves::all);
    }

    @Override
    public RecordDisposition.Result record(RecordDisposition.Command command) {
        validator.check(command);
        ResponseId id = SurveyInput.responseId("responseId", command.responseId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        LocalDate date = command.date().orElse(today);
        if (date.isAfter(today)) {
            throw InvalidInputException.of(Problem.ofField("date", date.toString(),
                    message("disposition.future", date.toString(), today.toString())));
        }
        return transactions.inTransaction(() -> {
            FrameUnit unit = frames.find(id).orElseThrow(() -> SurveyInput.unitMissing(id));
            List<DispositionEvent> history = dispositions.history(id);
            Optional<DispositionEvent> last = history.isEmpty() ? Optional.empty()
                    : Optional.of(history.get(history.size() - 1));
            Disposition previous = last.map(DispositionEvent::disposition).orElse(Disposition.UNKNOWN_NO_RETURN);
            return switch (previous.change(command.disposition(), command.replace())) {
                case UNCHANGED -> new RecordDisposition.Result(id, previous, Optional.empty());
                case NEEDS_REPLACE -> throw new ConflictException(message("disposition.final", id.toString(),
                        previous.name(), last.orElseThrow().occurredOn().toString(), command.disposition().name(),
                        previous.title()));
                case RECORD -> {
                    DispositionEvent event = new DispositionEvent(id, command.disposition(), date, clock.instant(),
                            DispositionEvent.Source.MANUAL);
                    dispositions.add(event);
                    keptInStep(unit);
                    yield new RecordDisposition.Result(id, previous, Optional.of(event));
                }
            };
        });
    }

    /**
     * A unit with a keyed form whose disposition is changed by hand (to NOT_ELIGIBLE, say) leaves the analysis, or
     * comes back into it; its disposition is not touched again here.
     */
    private void keptInStep(FrameUnit unit) {
        ResponseId id = unit.responseId().orElseThrow();
        if (!keyed.passes(List.of(id)).isEmpty()) {
            updates.apply(List.of(id), FormUpdates.Scope.of(questionnaires, keyed, dispositions, u -> unit),
                    Optional.empty(), clock.instant());
        }
    }

    private static Message message(String key, Object... args) {
        return Message.of(FieldworkService.class, key, args);
    }
}
