package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every version of a seminar's minutes, oldest first. A draft is a working copy: writing it again changes it in
 * place. A final version is locked: writing after it makes a new version (a draft), so that every final version is
 * kept as it was. The minutes are final when some version is.
 *
 * @param versions the versions, numbered 1, 2, 3 ... in order
 */
public record Minutes(ImmutableList<MinutesVersion> versions) {

    public static final Minutes NONE = new Minutes(ImmutableList.of());

    public Minutes {
        versions = ImmutableList.copyOf(versions);
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).version() != i + 1) {
                throw new IllegalArgumentException("minutes versions must be 1, 2, 3 ...: " + versions);
            }
            if (i < versions.size() - 1 && !versions.get(i).isFinal()) {
                throw new IllegalArgumentException("only the latest version may be a draft: " + versions);
            }
        }
    }

    public static Minutes of(List<MinutesVersion> versions) {
        return new Minutes(ImmutableList.copyOf(versions));
    }

    public Optional<MinutesVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /** The latest final version: the seminar's documentation. */
    public Optional<MinutesVersion> latestFinal() {
        return versions.reverse().stream().filter(MinutesVersion::isFinal).findFirst();
    }

    /** True when some version is final. */
    public boolean isFinal() {
        return latestFinal().isPresent();
    }

    public Optional<MinutesVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /**
     * What writing this text does: the latest draft gets the text; after a final version (or with none) a new
     * draft version is made. Empty when the text is that of the latest version already (nothing changes).
     */
    public Optional<MinutesVersion> write(String text, Instant at) {
        String checked = MinutesVersion.text(text);
        Optional<MinutesVersion> latest = latest();
        if (latest.isPresent() && latest.get().text().equals(checked)) {
            return Optional.empty();
        }
        if (latest.isPresent() && !latest.get().isFinal()) {
            return Optional.of(new MinutesVersion(latest.get().version(), checked, MinutesStatus.DRAFT, at,
                    Optional.empty()));
        }
        return Optional.of(new MinutesVersion(versions.size() + 1, checked, MinutesStatus.DRAFT, at, Optional.empty()));
    }

    /** The latest version made final; empty when there is no draft to finalise. */
    public Optional<MinutesVersion> finalise(Instant at) {
        return latest().filter(v -> !v.isFinal()).map(v -> new MinutesVersion(v.version(), v.text(),
                MinutesStatus.FINAL, v.writtenAt(), Optional.of(at)));
    }

    /** These minutes with the version stored (a new one added, or the draft of the same number replaced). */
    public Minutes with(MinutesVersion version) {
        ImmutableList.Builder<MinutesVersion> changed = ImmutableList.builder();
        versions.stream().filter(v -> v.version() != version.version()).forEach(changed::add);
        return new Minutes(ImmutableList.sortedCopyOf((a, b) -> Integer.compare(a.version(), b.version()),
                changed.add(version).build()));
    }
}
