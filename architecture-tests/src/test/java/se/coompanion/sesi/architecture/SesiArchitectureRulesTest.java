package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Proves that each rule catches a real violation: each fixture package under {@code archfixtures} breaks one
 * rule on purpose, and {@code archfixtures.clean} breaks none.
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
        "sqlincli,        databaseLibrariesOnlyInPersistence, java.sql.Connection",
        "picocliinapp,    picocliOnlyInCli, picocli.CommandLine",
        "cycle,           noCyclesBetweenAreas, Cycle detected",
        "vague,           noVagueNames, NeedsManager",
        "servicename,     servicesImplementUseCases, NeedsLister",
        "outport,         outPortsAreInterfaces, NeedsStore",
        "adaptername,     persistenceAdaptersAreNamedJooq, NeedsRepository",
        "documentscli,    adaptersDoNotDependOnEachOther, ReportCommand",
        "documentsdatabase, adaptersDoNotDependOnEachOther, JooqNeeds",
        "documentsdatabase, documentsDependOnlyOnApplicationAndRenderingLibraries, JooqNeeds",
        "documentspicocli, documentsDependOnlyOnApplicationAndRenderingLibraries, picocli.CommandLine",
        "documentsoutport, documentsUseInPortsOnly, port.out.Needs",
        "documentsoutport, documentsUseInPortsOnly, NeedsService",
        "mustacheincli,   mustacheOnlyInDocuments, com.github.mustachejava",
        "inportoutport,   inPortsDoNotDependOnOutPorts, NeedRow",
        "documentscycle,  noCyclesBetweenAreas, Cycle detected",
    })
    void each_rule_fails_on_its_bad_fixture(String fixture, String rule, String evidence) {
        ArchRule broken = ruleNamed(rule).apply(rules(fixture));
        JavaClasses classes = fixture(fixture);

        assertThatThrownBy(() -> broken.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(evidence);
    }

    @Test
    void the_composition_root_may_wire_both_adapters_and_a_command_may_use_a_document() {
        assertThatCode(() -> rules("clean").adaptersDoNotDependOnEachOther().check(fixture("clean")))
                .doesNotThrowAnyException();
        assertThat(fixture("clean").get("archfixtures.clean.adapters.cli.needs.NeedsCommand")
                .getDirectDependenciesFromSelf()).anyMatch(d -> d.getTargetClass().getName()
                        .equals("archfixtures.clean.adapters.documents.needs.NeedsDocument"));
    }

    @Test
    void the_declared_edges_are_the_only_ones_between_adapters() {
        assertThat(SesiArchitectureRules.ADAPTERS).containsExactly("persistence", "documents", "cli");
        assertThat(SesiArchitectureRules.ADAPTER_EDGES).containsExactly("cli -> documents");
        assertThatThrownBy(() -> rules("documentscli").adaptersDoNotDependOnEachOther()
                .check(fixture("documentscli"))).hasMessageContaining("documents").hasMessageContaining("cli");
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
