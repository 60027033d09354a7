package se.coompanion.sesi.domain.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import se.coompanion.sesi.domain.shared.Message;

/**
 * How a module of a version compares with the previous version, by key: carried over unchanged, changed (any field
 * differs), new, or removed. Computed, never stored.
 *
 * @param key      the module's key
 * @param kind     what happened to it
 * @param module   the module in this version (empty when removed)
 * @param previous the module in the previous version (empty when new)
 */
public record ModuleChange(ModuleKey key, Kind kind, Optional<LearningModule> module,
        Optional<LearningModule> previous) {

    /** What happened to a module from one version to the next. */
    public enum Kind {
        CARRIED_OVER, CHANGED, NEW, REMOVED;

        public Message title() {
            return Message.of(ModuleChange.class, "change." + name());
        }
    }

    public ModuleChange {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(previous, "previous");
    }

    /**
     * Every module of both versions, this version's in its order, then those removed: what happened to each. With no
     * previous version every module is NEW.
     */
    public static List<ModuleChange> between(List<LearningModule> previous, List<LearningModule> current) {
        Map<ModuleKey, LearningModule> before = new TreeMap<>();
        previous.forEach(m -> before.put(m.key(), m));
        List<ModuleChange> changes = new ArrayList<>();
        for (LearningModule module : current) {
            LearningModule old = before.remove(module.key());
            Kind kind = old == null ? Kind.NEW : old.equals(module) ? Kind.CARRIED_OVER : Kind.CHANGED;
            changes.add(new ModuleChange(module.key(), kind, Optional.of(module), Optional.ofNullable(old)));
        }
        for (LearningModule removed : previous) {
            if (before.containsKey(removed.key())) {
                changes.add(new ModuleChange(removed.key(), Kind.REMOVED, Optional.empty(), Optional.of(removed)));
            }
        }
        return List.copyOf(changes);
    }
}
