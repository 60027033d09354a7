package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.Optional;
import se.coompanion.sesi.application.prestudy.port.out.PreStudies;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.shared.Message;

public final class InMemoryPreStudies implements PreStudies, InMemory {

    private PreStudy stored;

    @Override
    public Optional<PreStudy> find() {
        return Optional.ofNullable(stored);
    }

    @Override
    public void add(PreStudy preStudy, Instant createdAt) {
        if (stored != null) {
            throw new ConflictException(Message.literal("a pre-study exists"));
        }
        stored = preStudy;
    }

    @Override
    public void update(PreStudy preStudy) {
        if (stored == null) {
            throw new IllegalStateException("no pre-study to update");
        }
        stored = preStudy;
    }

    @Override
    public Object snapshot() {
        return Optional.ofNullable(stored);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        stored = ((Optional<PreStudy>) snapshot).orElse(null);
    }
}
