package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {

    @Test
    void a_jdbc_url_is_a_url_with_the_credentials() {
        DatabaseConfig config = DatabaseConfig.parse("jdbc:postgresql://db.example/sesi", "sesi", "secret");
        assertThat(config.vendor()).isEqualTo(DatabaseConfig.Vendor.POSTGRESQL);
        assertThat(config.user()).isEqualTo("sesi");
        assertThat(config.h2File()).isEmpty();
        assertThat(config.toString()).doesNotContain("secret");
    }

    @Test
    void anything_else_is_an_h2_file_without_the_server_credentials() {
        DatabaseConfig config = DatabaseConfig.parse("data/sesi", "sesi", "secret");
        assertThat(config.vendor()).isEqualTo(DatabaseConfig.Vendor.H2);
        assertThat(config.h2File()).contains(Path.of("data/sesi").toAbsolutePath());
        assertThat(config.user()).isEqualTo("sa");
        assertThat(config.password()).isEmpty();
    }

    @Test
    void the_file_suffix_may_be_given_and_nothing_means_the_default() {
        assertThat(DatabaseConfig.parse("x/sesi.mv.db", "", "").h2File()).contains(Path.of("x/sesi").toAbsolutePath());
        assertThat(DatabaseConfig.parse(null, "", "").h2File())
                .contains(DatabaseConfig.DEFAULT_H2_FILE.toAbsolutePath());
    }

    @Test
    void a_password_in_a_url_is_never_shown() {
        assertThat(DatabaseConfig.jdbcUrl("jdbc:postgresql://h/db?user=a&password=secret&ssl=true", "", "").shownUrl())
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    }
}
