package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.ShowQuestionnaire;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Questionnaire;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

/** Loading the questionnaire from its data dictionary, and its versions. */
public final class QuestionnaireService implements LoadQuestionnaire, ShowQuestionnaire {

    private final Questionnaires questionnaires;
    private final ContactWaves waves;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public QuestionnaireService(Questionnaires questionnaires, ContactWaves waves, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.questionnaires = Objects.requireNonNull(questionnaires);
        this.waves = Objects.requireNonNull(waves);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LoadQuestionnaire.Result load(LoadQuestionnaire.Command command) {
        validator.check(command);
        Questionnaire questionnaire = DataDictionary.read(command.dictionary());
        return transactions.inTransaction(() -> {
            Optional<QuestionnaireVersion> latest = questionnaires.latest();
            if (latest.isPresent() && latest.get().questionnaire().equals(questionnaire)) {
                return new LoadQuestionnaire.Result(latest.get(), true, OptionalInt.empty());
            }
            QuestionnaireVersion version = new QuestionnaireVersion(latest.map(v -> v.number() + 1).orElse(1),
                    questionnaire, command.dictionary().name(), clock.instant());
            questionnaires.add(version);
            OptionalInt mailed = waves.all().stream().map(ContactWave::questionnaireVersion)
                    .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).max();
            return new LoadQuestionnaire.Result(version, false, mailed);
        });
    }

    @Override
    public QuestionnaireVersion show(OptionalInt version) {
        Objects.requireNonNull(version, "version");
        return transactions.inTransaction(() -> {
            if (version.isPresent()) {
                return questionnaires.find(version.getAsInt()).orElseThrow(() -> new NotFoundException(
                        Message.of(QuestionnaireService.class, "questionnaire.versionMissing", version.getAsInt())));
            }
            return questionnaires.latest().orElseThrow(QuestionnaireService::missing);
        });
    }

    @Override
    public List<QuestionnaireVersion> versions() {
        return transactions.inTransaction(questionnaires::all);
    }

    /** No questionnaire has been loaded. */
    static NotFoundException missing() {
        return new NotFoundException(Message.of(QuestionnaireService.class, "questionnaire.missing"));
    }
}
