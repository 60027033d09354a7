package se.coompanion.sesi.domain.learning;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the learning programme with its modules, in programme order. Module keys are unique in a version.
 *
 * @param version the version
 * @param modules its modules
 */
public record Programme(ProgrammeVersion version, ImmutableList<LearningModule> modules) {

    public Programme {
        Objects.requireNonNull(version, "version");
        modules = ImmutableList.copyOf(modules);
        Set<ModuleKey> keys = new HashSet<>();
        for (LearningModule module : modules) {
            if (!keys.add(module.key())) {
                throw new IllegalArgumentException("module " + module.key() + " twice in version " + version.number());
            }
        }
    }

    public int number() {
        return version.number();
    }

    public Optional<LearningModule> module(ModuleKey key) {
        return modules.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The programme's length: the sum of its modules' hours. */
    public BigDecimal hours() {
        return modules.stream().map(LearningModule::hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The key a new module gets when none is chosen: M1, M2 ... the first number not taken. */
    public ModuleKey nextKey() {
        for (int n = 1; ; n++) {
            ModuleKey key = ModuleKey.numbered(n);
            if (module(key).isEmpty()) {
                return key;
            }
        }
    }

    /** This programme with the module added at the end, or put in place of the module with its key. */
    public Programme with(LearningModule module) {
        List<LearningModule> changed = new ArrayList<>(modules);
        int at = keys().indexOf(module.key());
        if (at < 0) {
            changed.add(module);
        } else {
            changed.set(at, module);
        }
        return new Programme(version, ImmutableList.copyOf(changed));
    }

    private List<ModuleKey> keys() {
        return modules.stream().map(LearningModule::key).toList();
    }
}
