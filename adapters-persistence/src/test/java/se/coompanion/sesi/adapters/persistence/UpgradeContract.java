package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.prestudy.SesiPlan;

/**
 * A database made by the first release's migration (V1 only) and holding data opens with the current software:
 * every later migration is applied on top and the data stay.
 */
abstract class UpgradeContract {

    protected abstract TestDatabase kind();

    @Test
    void a_database_built_from_v1_only_opens_with_every_later_migration_and_keeps_its_data() throws Exception {
        try (TestDatabase.Fresh fresh = kind().fresh()) {
            DatabaseConfig config = fresh.config();
            Flyway.configure().dataSource(config.jdbcUrl(), config.user().isEmpty() ? "sa" : config.user(),
                    config.password()).locations("classpath:db/migration").target("1").load().migrate();
            try (Connection connection = DriverManager.getConnection(config.jdbcUrl(),
                    config.user().isEmpty() ? "sa" : config.user(), config.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("insert into prestudy (id, template, case_number, name, start_date, end_date, "
                        + "country, fund, programme_cci, owner_org_number, owner_name, eu_cofinancing_rate, "
                        + "programme_area, specific_objective, child_poverty_theme, region_name, nuts2_code, "
                        + "beneficiary_postal_code, beneficiary_town, intervention_type, participants, "
                        + "strategic_importance, summary, created_at) values (1, 'SESI', '23-032-S01', "
                        + "'Socialt entreprenörskap social innovation - SESI', date '2024-01-01', date '2024-12-31', "
                        + "'Sverige', 'ESF+', '2021SE05SFPR', '7164603867', "
                        + "'Coompanion - Kooperativ Utveckling Västernorrland', 40, 'D', 'D1', false, "
                        + "'Mellersta Norrland', 'SE32', '85233', 'SUNDSVALL', '175', 0, false, '"
                        + SesiPlan.SUMMARY + "', timestamp with time zone '2024-01-02 09:00:00+01')");
                statement.execute("insert into prestudy_county (county_code) values ('22'), ('23')");
                statement.execute("insert into prestudy_activity (activity_key, target_kind, target_quantity, "
                        + "target_unit) values ('ENVIRONMENTAL_SCAN', 'FIXED', 1, 'FINDINGS'), "
                        + "('STAKEHOLDER_ANALYSIS', 'ALL', 0, 'ACTORS'), ('NEEDS_ANALYSIS', 'ALL', 0, 'MUNICIPALITIES'), "
                        + "('COMPETENCE_MAPPING', 'FIXED', 10, 'ENTERPRISES'), ('POSTAL_SURVEY', 'ALL', 0, 'ASSOCIATIONS'), "
                        + "('ANALYSIS_SEMINAR', 'FIXED', 1, 'SEMINARS'), ('INFORMATION_MATERIAL', 'FIXED', 1, 'MATERIALS'), "
                        + "('LEARNING_PROGRAMME', 'FIXED', 1, 'PILOT_RUNS')");
            }

            try (SesiDatabase upgraded = SesiDatabase.open(config)) {
                assertThat(upgraded.ports().transactions().inTransaction(upgraded.ports().preStudies()::find))
                        .contains(SesiPlan.preStudy());
                String version = upgraded.ports().transactions()
                        .inTransaction(() -> upgraded.ports().databaseDetails().describe().schemaVersion());
                assertThat(Migrations.applied(dataSource(config))).containsAll(Migrations.scriptVersions().orElseThrow());
                assertThat(version).isNotBlank();
            }
        }
    }

    @Test
    void a_database_made_before_an_area_with_lower_version_numbers_landed_takes_its_scripts() throws Exception {
        Path scripts = Files.createTempDirectory("sesi-scripts-");
        try (TestDatabase.Fresh fresh = kind().fresh()) {
            Path all = Path.of(UpgradeContract.class.getClassLoader().getResource("db/migration").toURI());
            List<Path> sorted;
            try (var files = Files.list(all)) {
                sorted = files.sorted(Comparator.comparingInt(UpgradeContract::version)).toList();
            }
            // V1 and the area with the highest numbers only, as a database made before the others landed
            for (Path script : List.of(sorted.get(0), sorted.get(sorted.size() - 1))) {
                Files.copy(script, scripts.resolve(script.getFileName()));
            }
            DatabaseConfig config = fresh.config();
            Flyway.configure().dataSource(config.jdbcUrl(), config.user().isEmpty() ? "sa" : config.user(),
                    config.password()).locations("filesystem:" + scripts).load().migrate();
            assertThat(Migrations.applied(dataSource(config))).hasSize(2);

            try (SesiDatabase upgraded = SesiDatabase.open(config)) {
                assertThat(Migrations.applied(dataSource(config)))
                        .containsAll(Migrations.scriptVersions().orElseThrow());
                assertThat(upgraded.ports().transactions().inTransaction(upgraded.ports().actors()::count)).isZero();
            }
        } finally {
            try (var files = Files.list(scripts)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scripts);
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")).replaceAll("[._].*", ""));
    }

    private static javax.sql.DataSource dataSource(DatabaseConfig config) {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        if (config.vendor() == DatabaseConfig.Vendor.H2) {
            h2.setURL(config.jdbcUrl());
            h2.setUser("sa");
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(config.jdbcUrl());
        pg.setUser(config.user());
        pg.setPassword(config.password());
        return pg;
    }
}
