package se.coompanion.sesi.domain.shared;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Multimaps;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The counties and municipalities of Sweden, read once from the CSV resources beside this class on first
 * use (lazy holders: nothing is read when the class loads).
 */
final class ReferenceRegions {

    private ReferenceRegions() {
    }

    static ImmutableSortedMap<String, County> counties() {
        return Counties.BY_CODE;
    }

    static ImmutableSortedMap<String, Municipality> municipalities() {
        return Municipalities.BY_CODE;
    }

    /** The municipality of a code, or null: a hash lookup (an import looks one up for every row). */
    static Municipality municipality(String code) {
        return Municipalities.LOOKUP.get(code);
    }

    static ImmutableListMultimap<String, Municipality> municipalitiesByCounty() {
        return Municipalities.BY_COUNTY;
    }

    private static final class Counties {
        static final ImmutableSortedMap<String, County> BY_CODE = index(
                read("counties.csv", 3, f -> new County(f[0], f[1], f[2])), County::code);
    }

    private static final class Municipalities {
        static final ImmutableSortedMap<String, Municipality> BY_CODE = index(
                read("municipalities.csv", 4, f -> new Municipality(f[0], f[1], f[2], County.of(f[3]))),
                Municipality::code);
        static final ImmutableMap<String, Municipality> LOOKUP = ImmutableMap.copyOf(BY_CODE);
        static final ImmutableListMultimap<String, Municipality> BY_COUNTY =
                Multimaps.index(BY_CODE.values(), m -> m.county().code());
    }

    private static <T> ImmutableSortedMap<String, T> index(List<T> rows, Function<T, String> key) {
        ImmutableSortedMap.Builder<String, T> builder = ImmutableSortedMap.naturalOrder();
        rows.forEach(row -> builder.put(key.apply(row), row));
        return builder.build();
    }

    /** The reference files are plain: a header line, then comma-separated fields without quotes. */
    private static <T> List<T> read(String resource, int fields, Function<String[], T> row) {
        List<T> rows = new ArrayList<>();
        try (InputStream in = ReferenceRegions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] parts = line.split(",", -1);
                    if (parts.length != fields) {
                        throw new IllegalStateException("bad reference data line in " + resource + ": " + line);
                    }
                    rows.add(row.apply(parts));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
