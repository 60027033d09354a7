package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves that each of SESI's rules catches a real violation in SESI's layout: each fixture package under
 * {@code archfixtures} breaks one rule on purpose (and holds a class in every part that rule speaks of, so that it
 * fails for the violation and not for an empty part), and {@code archfixtures.clean} breaks none. Every direction
 * of the layout's rules is proven on the foreign project ({@link HexagonalArchitectureTest}).
 */
class SesiArchitectureRulesTest {

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("archfixtures." + name);
    }

    private static SesiArchitectureRules rules(String name) {
        return SesiArchitectureRules.forRoot("archfixtures." + name);
    }

    @Test
    void a_clean_architecture_passes_every_rule() {
        JavaClasses clean = fixture("clean");
        for (ArchRule rule : rules("clean").all()) {
            assertThatCode(() -> rule.check(clean)).as(rule.getDescription()).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
        "domainframework, domainDependsOnlyOnJdkAndGuava, jakarta.validation",
        "domainio,        domainDoesNoFileNetworkOrDatabaseIo, java.nio.file.Files",
        "clock,           noClockReadsInDomainOrApplication, LocalDate.now()",
        "printing,        noStandardStreamsInDomainOrApplication, System.out",
        "applicationjooq, applicationDependsOnlyOnDomainGuavaAndValidation, org.jooq.DSLContext",
        "applicationjooq, jooqOnlyInPersistence, org.jooq.DSLContext",
        "clipersistence,  adaptersDoNotDependOnEachOther, JooqNeedStore",
        "persistencebootstrap, adaptersDoNotDependOnEachOther, JooqConfiguredStore",
        "sqlincli,        databaseLibrariesOnlyInPersistence, java.sql.Connection",
        "picocliinapp,    picocliOnlyInCli, picocli.CommandLine",
        "cycle,           noCyclesBetweenAreas, Cycle detected",
        "vague,           noVagueNames, NeedsManager",
        "servicename,     servicesImplementUseCases, NeedsLister",
        "outport,         outPortsAreInterfaces, NeedsStore",
        "adaptername,     persistenceAdaptersAreNamedJooq, NeedsRepository",
    })
    void each_rule_fails_on_its_bad_fixture(String fixture, String rule, String evidence) {
        ArchRule broken = ruleNamed(rule).apply(rules(fixture));
        JavaClasses classes = fixture(fixture);

        assertThatThrownBy(() -> broken.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(evidence)
                .hasMessageNotContaining("holds no class");
    }

    @Test
    void the_composition_root_may_wire_both_adapters() {
        assertThatCode(() -> rules("clean").adaptersDoNotDependOnEachOther().check(fixture("clean")))
                .doesNotThrowAnyException();
    }

    private static Function<SesiArchitectureRules, ArchRule> ruleNamed(String name) {
        return rules -> {
            try {
                return (ArchRule) SesiArchitectureRules.class.getMethod(name).invoke(rules);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("no rule " + name, e);
            }
        };
    }
}
