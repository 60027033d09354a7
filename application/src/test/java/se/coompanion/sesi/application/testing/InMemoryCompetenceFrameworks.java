package se.coompanion.sesi.application.testing;

import java.util.Optional;
import se.coompanion.sesi.application.competence.port.out.CompetenceFrameworks;
import se.coompanion.sesi.domain.competence.CompetenceFramework;

public final class InMemoryCompetenceFrameworks implements CompetenceFrameworks, InMemory {

    private CompetenceFramework imported;

    @Override
    public Optional<CompetenceFramework> imported() {
        return Optional.ofNullable(imported);
    }

    @Override
    public void replace(CompetenceFramework framework) {
        imported = framework;
    }

    @Override
    public Object snapshot() {
        return Optional.ofNullable(imported);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        imported = ((Optional<CompetenceFramework>) snapshot).orElse(null);
    }
}
