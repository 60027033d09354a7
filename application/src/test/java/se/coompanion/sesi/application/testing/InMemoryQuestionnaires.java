package se.coompanion.sesi.application.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.application.survey.port.out.Questionnaires;
import se.coompanion.sesi.domain.survey.QuestionnaireVersion;

public final class InMemoryQuestionnaires implements Questionnaires, InMemory {

    private final List<QuestionnaireVersion> versions = new ArrayList<>();

    @Override
    public Optional<QuestionnaireVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    @Override
    public Optional<QuestionnaireVersion> find(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    @Override
    public List<QuestionnaireVersion> all() {
        return List.copyOf(versions);
    }

    @Override
    public void add(QuestionnaireVersion version) {
        if (version.number() != versions.size() + 1) {
            throw new IllegalStateException("version " + version.number() + " after " + versions.size());
        }
        versions.add(version);
    }

    @Override
    public Object snapshot() {
        return List.copyOf(versions);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        versions.clear();
        versions.addAll((List<QuestionnaireVersion>) snapshot);
    }
}
