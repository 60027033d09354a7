package se.coompanion.sesi.domain.implementation;

import java.util.Objects;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A module of a version of the learning programme that an activity trains people with, written {@code 1/M1} (the
 * version and the module's key), as a pilot result names it.
 *
 * @param version the programme version
 * @param module  the module's key in that version
 */
public record ModuleRef(int version, ModuleKey module) implements Comparable<ModuleRef> {

    public ModuleRef {
        if (version < 1) {
            throw new DomainException(Message.of(ModuleRef.class, "module.shape", version + "/" + module));
        }
        Objects.requireNonNull(module, "module");
    }

    /** Reads {@code 1/M1}. */
    public static ModuleRef parse(String text) {
        String t = text == null ? "" : text.strip();
        int slash = t.indexOf('/');
        if (slash < 1) {
            throw new DomainException(Message.of(ModuleRef.class, "module.shape", t));
        }
        long version = Codes.positiveNumber(t.substring(0, slash), ModuleRef.class, "module.shape");
        if (version > Integer.MAX_VALUE) {
            throw new DomainException(Message.of(ModuleRef.class, "module.shape", t));
        }
        return new ModuleRef((int) version, ModuleKey.parse(t.substring(slash + 1)));
    }

    @Override
    public int compareTo(ModuleRef other) {
        int byVersion = Integer.compare(version, other.version);
        return byVersion != 0 ? byVersion : module.compareTo(other.module);
    }

    @Override
    public String toString() {
        return version + "/" + module;
    }
}
