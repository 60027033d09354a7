package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Set;
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
        "documentscli,    adaptersDoNotDependOnEachOther, ReportCommand",
        "documentsdatabase, adaptersDoNotDependOnEachOther, JooqNeeds",
        "documentsdatabase, documentsDependOnlyOnApplicationAndRenderingLibraries, JooqNeeds",
        "documentspicocli, documentsDependOnlyOnApplicationAndRenderingLibraries, picocli.CommandLine",
        "documentspicocli, picocliOnlyInCli, picocli.CommandLine",
        "documentsoutport, drivingAdaptersUseNoOutPorts, port.out.Needs",
        "documentsoutport, drivingAdaptersUseNoOutPorts, NeedsPorts",
        "documentsoutport, adaptersDoNotDependOnServices, NeedsService",
        "clioutport,      drivingAdaptersUseNoOutPorts, port.out.Needs",
        "mustacheincli,   mustacheOnlyInDocuments, com.github.mustachejava",
        "pdfincli,        pdfLibrariesOnlyInDocuments, com.openhtmltopdf",
        "jsonincli,       jsonLibraryOnlyInDocuments, com.fasterxml.jackson",
        "inportoutport,   inPortsDoNotDependOnOutPorts, NeedRow",
        "documentscycle,  noCyclesBetweenAreas, Cycle detected",
        "usecaselist,     useCasesAreBuiltByTheirArea, NeedsApplication",
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
    void the_composition_root_may_wire_both_adapters_and_a_command_may_use_a_document() {
        assertThatCode(() -> rules("clean").adaptersDoNotDependOnEachOther().check(fixture("clean")))
                .doesNotThrowAnyException();
        assertThat(fixture("clean").get("archfixtures.clean.adapters.cli.needs.NeedsCommand")
                .getDirectDependenciesFromSelf()).anyMatch(d -> d.getTargetClass().getName()
                        .equals("archfixtures.clean.adapters.documents.needs.NeedsDocument"));
    }

    @Test
    void sesi_declares_its_adapters_the_command_line_on_the_documents_and_nothing_on_the_command_line() {
        HexagonalArchitecture layout = SesiArchitectureRules.layout("archfixtures.clean");

        assertThat(layout.adapterNames()).containsExactly("persistence", "documents", "cli");
        assertThat(layout.allowedEdges()).containsExactly("cli -> documents");
        assertThat(layout.drivingAdapterNames()).containsExactly("documents", "cli");
        assertThatThrownBy(() -> rules("documentscli").adaptersDoNotDependOnEachOther()
                .check(fixture("documentscli"))).hasMessageContaining("HintedReport").hasMessageContaining(
                        "ReportCommand").hasMessageContaining("allowed: cli -> documents");
        assertThatThrownBy(() -> rules("persistencebootstrap").adaptersDoNotDependOnEachOther()
                .check(fixture("persistencebootstrap"))).hasMessageContaining("JooqConfiguredStore");
    }

    @Test
    void every_rule_sesi_applies_is_proven_on_a_bad_fixture() throws Exception {
        Set<String> proven = new HashSet<>();
        for (var row : SesiArchitectureRulesTest.class.getDeclaredMethod("each_rule_fails_on_its_bad_fixture",
                String.class, String.class, String.class).getAnnotation(CsvSource.class).value()) {
            proven.add(row.split(",")[1].strip());
        }
        Set<String> applied = new HashSet<>();
        for (Method method : SesiArchitectureRules.class.getMethods()) {
            if (method.getReturnType().equals(ArchRule.class) && method.getParameterCount() == 0) {
                applied.add(method.getName());
            }
        }
        // The layout's rules that SESI names no method for are proven on the foreign project (HexagonalArchitectureTest).
        assertThat(proven).containsAll(applied);
        assertThat(rules("clean").all()).hasSize(rules("clean").layering().size() + rules("clean").conventions().size());
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
