package se.coompanion.sesi.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateCheckTest {

    static List<Supplier<DuplicateCheck<Long>>> checks() {
        return List.of(() -> DuplicateCheck.byKey(k -> k), () -> DuplicateCheck.byCompactKey(k -> k, String::valueOf));
    }

    @ParameterizedTest
    @MethodSource("checks")
    void reports_each_later_row_against_the_first_in_line_order(Supplier<DuplicateCheck<Long>> make) {
        DuplicateCheck<Long> check = make.get();
        long[] keys = {7164603867L, 5560160680L, 7164603867L, 1L, 5560160680L, 7164603867L};
        for (int i = 0; i < keys.length; i++) {
            check.add(keys[i], i + 2);
        }

        assertThat(check.duplicates()).containsExactly(
                new DuplicateCheck.Duplicate(4, 2, "7164603867"),
                new DuplicateCheck.Duplicate(6, 3, "5560160680"),
                new DuplicateCheck.Duplicate(7, 2, "7164603867"));
    }
}
