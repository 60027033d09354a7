package se.coompanion.sesi.application.learning.port.out;

import java.time.Instant;
import java.util.List;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.learning.ProgrammeVersion;
import se.coompanion.sesi.domain.shared.Message;

/** The versions of the learning programme with their modules. */
public interface LearningProgrammes {

    /** Stores a new version with its modules (those carried over from the previous version). */
    void add(ProgrammeVersion version, List<LearningModule> modules, Instant recordedAt);

    /** Every version with its modules, oldest first. */
    List<Programme> all();

    /** Adds a module at the end of a version, or replaces the module of the same key in place. */
    void put(int version, LearningModule module);

    /** Removes a module from a version. */
    void remove(int version, ModuleKey module);

    /**
     * The version a person names by number, or the latest when none is named: a {@code NotFoundException} when there
     * is no such version (or none at all).
     */
    default Programme require(Integer version) {
        List<Programme> all = all();
        if (all.isEmpty()) {
            throw new NotFoundException(Message.of(LearningProgrammes.class, "version.none"));
        }
        if (version == null) {
            return all.get(all.size() - 1);
        }
        return all.stream().filter(p -> p.number() == version).findFirst().orElseThrow(() -> new NotFoundException(
                Message.of(LearningProgrammes.class, "version.notFound", version, all.size())));
    }
}
