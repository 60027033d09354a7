package se.coompanion.sesi.application.survey;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.application.survey.port.in.LoadQuestionnaire;
import se.coompanion.sesi.application.survey.port.in.ShowQuestionnaire;
import se.coompanion.sesi.application.survey.port.out.ContactWaves;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.ContactWave;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;
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
            checkTypesKept(command.dictionary().name(), questionnaire);
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

    /**
     * A variable keeps its type in every version: returns keyed against different versions are analysed and exported
     * together, so a question whose type changes needs a new variable name.
     */
    private void checkTypesKept(String source, Questionnaire questionnaire) {
        Map<String, QuestionType> earlier = new HashMap<>();
        Map<String, Integer> where = new HashMap<>();
        for (QuestionnaireVersion version : questionnaires.all()) {
            for (Question question : version.questionnaire().questions()) {
                earlier.put(question.variable(), question.type());
                where.put(question.variable(), version.number());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Question question : questionnaire.questions()) {
            QuestionType before = earlier.get(question.variable());
            if (before != null && before != question.type()) {
                problems.add(new Problem(source, 0, DataDictionary.VARIABLE.toString(), question.variable(),
                        Message.of(QuestionnaireService.class, "questionnaire.typeChanged", question.variable(),
                                before, where.get(question.variable()), question.type())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** No questionnaire has been loaded. */
    static NotFoundException missing() {
        return new NotFoundException(Message.of(QuestionnaireService.class, "questionnaire.missing"));
    }
}
