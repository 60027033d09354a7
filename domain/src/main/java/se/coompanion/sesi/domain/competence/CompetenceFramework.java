package se.coompanion.sesi.domain.competence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * A competence framework: competences in areas, in the order given, each with a stable key. The built-in
 * {@link #standard() standard framework} combines EntreComp's three areas (Ideas and opportunities, Resources, Into
 * action, with their fifteen competences) with ten competences of the social economy (domain.md); a project can
 * import its own.
 */
public final class CompetenceFramework {

    private final ImmutableList<Competence> competences;
    private final ImmutableMap<CompetenceKey, Competence> byKey;

    private CompetenceFramework(ImmutableList<Competence> competences) {
        if (competences.isEmpty()) {
            throw new DomainException(Message.of(CompetenceFramework.class, "framework.empty"));
        }
        this.competences = competences;
        this.byKey = competences.stream().collect(ImmutableMap.toImmutableMap(Competence::key, Function.identity(),
                (a, b) -> {
                    throw new DomainException(Message.of(CompetenceFramework.class, "framework.duplicate", a.key()));
                }));
        Map<CompetenceKey, CompetenceArea> areas = new HashMap<>();
        for (Competence competence : competences) {
            CompetenceArea area = areas.putIfAbsent(competence.area().key(), competence.area());
            if (area != null && !area.equals(competence.area())) {
                throw new DomainException(Message.of(CompetenceFramework.class, "framework.areaNames",
                        area.key(), area.swedish(), competence.area().swedish()));
            }
        }
    }

    /** The framework of these competences, in this order; keys unique, one set of names per area. */
    public static CompetenceFramework of(List<Competence> competences) {
        return new CompetenceFramework(ImmutableList.copyOf(competences));
    }

    /**
     * The framework of the lines of a file: an area takes its names from the lines that give them (they must agree),
     * else its key; a competence without an English name has its Swedish one.
     */
    public static CompetenceFramework assemble(List<FrameworkRow> rows) {
        Map<CompetenceKey, String[]> areaNames = new LinkedHashMap<>();
        for (FrameworkRow row : rows) {
            String[] names = areaNames.computeIfAbsent(row.area(), k -> new String[2]);
            names[0] = agreed(row.area(), names[0], row.areaSwedish());
            names[1] = agreed(row.area(), names[1], row.areaEnglish());
        }
        Map<CompetenceKey, CompetenceArea> areas = new HashMap<>();
        areaNames.forEach((key, names) -> {
            String swedish = names[0] != null ? names[0] : names[1] != null ? names[1] : FrameworkRow.nameOf(key);
            areas.put(key, new CompetenceArea(key, swedish, names[1] != null ? names[1] : swedish));
        });
        return of(rows.stream().map(r -> new Competence(r.key(), areas.get(r.area()), r.swedish(),
                r.english().orElse(r.swedish()))).toList());
    }

    private static String agreed(CompetenceKey area, String before, Optional<String> given) {
        if (given.isEmpty()) {
            return before;
        }
        if (before != null && !before.equals(given.get())) {
            throw new DomainException(Message.of(CompetenceFramework.class, "framework.areaNames", area, before,
                    given.get()));
        }
        return given.get();
    }

    /** The built-in framework: EntreComp's three areas and the social economy's competences. */
    public static CompetenceFramework standard() {
        return Standard.FRAMEWORK;
    }

    public ImmutableList<Competence> competences() {
        return competences;
    }

    /** The areas in the order their first competence appears. */
    public ImmutableList<CompetenceArea> areas() {
        return competences.stream().map(Competence::area).distinct().collect(ImmutableList.toImmutableList());
    }

    public Optional<Competence> find(CompetenceKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public boolean contains(CompetenceKey key) {
        return byKey.containsKey(key);
    }

    /** The competence with the key; an unknown key is an error that lists the keys there are. */
    public Competence require(CompetenceKey key) {
        Competence competence = byKey.get(key);
        if (competence == null) {
            throw new DomainException(Message.of(CompetenceFramework.class, "framework.unknown", key,
                    competences.stream().map(c -> c.key().value()).collect(Collectors.joining(", "))));
        }
        return competence;
    }

    /** The competence a text names by its key. */
    public Competence require(String text) {
        return require(CompetenceKey.parse(text));
    }

    /** The position of a competence in the framework (ties in a ranking are decided by it). */
    public int position(CompetenceKey key) {
        return competences.indexOf(require(key));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompetenceFramework that && competences.equals(that.competences);
    }

    @Override
    public int hashCode() {
        return competences.hashCode();
    }

    @Override
    public String toString() {
        return competences.stream().map(c -> c.key().value()).collect(Collectors.joining(", "));
    }

    /** The standard framework, read once from {@code standard-framework.csv} beside this class on first use. */
    private static final class Standard {
        static final CompetenceFramework FRAMEWORK = assemble(read());

        /** A header line, then six fields separated by semicolons (names contain commas), without quotes. */
        private static List<FrameworkRow> read() {
            List<FrameworkRow> rows = new ArrayList<>();
            try (InputStream in = CompetenceFramework.class.getResourceAsStream("standard-framework.csv")) {
                if (in == null) {
                    throw new IllegalStateException("the standard competence framework is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                reader.readLine();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        String[] f = line.split(";", -1);
                        rows.add(new FrameworkRow(CompetenceKey.parse(f[0]), CompetenceKey.parse(f[1]), f[2],
                                Optional.of(f[3]), Optional.of(f[4]), Optional.of(f[5])));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }
    }
}
