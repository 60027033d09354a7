package se.coompanion.sesi.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.coompanion.sesi.architecture.ForeignProject.ForeignViolation;

/**
 * The declared layout and its rules on a foreign project ({@code com.example.app}: a web adapter, an in-memory
 * persistence adapter, no CLI, no jOOQ): the clean variant passes every rule; each violation fails exactly the rules
 * it breaks, with a message that names the offending classes; an empty root, layer or adapter fails and says which.
 */
class HexagonalArchitectureTest {

    private static final Map<String, Function<HexagonalArchitecture, ArchRule>> RULES = ForeignProject.rules();

    @TestFactory
    Stream<DynamicTest> the_clean_project_passes_every_rule() {
        JavaClasses clean = ForeignProject.clean();
        return RULES.entrySet().stream().map(rule -> DynamicTest.dynamicTest(rule.getKey(), () ->
                assertThatCode(() -> rule.getValue().apply(ForeignProject.layout()).check(clean))
                        .doesNotThrowAnyException()));
    }

    @ParameterizedTest
    @EnumSource(ForeignViolation.class)
    void each_violation_fails_exactly_the_rules_it_breaks(ForeignViolation violation) {
        JavaClasses classes = ForeignProject.with(violation);
        assertThat(classes.size()).isEqualTo(ForeignProject.clean().size() + violation.classes.size());

        for (Map.Entry<String, Function<HexagonalArchitecture, ArchRule>> rule : RULES.entrySet()) {
            ArchRule checked = rule.getValue().apply(ForeignProject.layout());
            if (violation.breaks.contains(rule.getKey())) {
                assertThatThrownBy(() -> checked.check(classes)).as(rule.getKey())
                        .isInstanceOf(AssertionError.class)
                        .hasMessageContainingAll(violation.evidence.toArray(String[]::new))
                        .hasMessageNotContaining("holds no class");
            } else {
                assertThatCode(() -> checked.check(classes)).as(rule.getKey()).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void every_rule_is_proven_on_a_violation() {
        Set<String> proven = Arrays.stream(ForeignViolation.values()).flatMap(v -> v.breaks.stream())
                .collect(Collectors.toSet());

        assertThat(proven).containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void the_variants_split_the_project_into_the_clean_part_and_the_violations() {
        Set<String> violating = Arrays.stream(ForeignViolation.values()).flatMap(v -> v.classes.stream())
                .map(Class::getName).collect(Collectors.toSet());
        Set<String> clean = names(ForeignProject.clean());

        assertThat(clean).contains("com.example.app.adapters.persistence.order.InMemoryOrders",
                "com.example.app.adapters.web.WebServer", "com.example.app.configuration.OrdersApplication")
                .doesNotContainAnyElementsOf(violating);
        assertThat(names(ForeignProject.everything())).containsAll(violating).containsAll(clean);
        assertThat(ForeignProject.everything().stream().filter(c -> c.getEnclosingClass().isEmpty())
                .filter(c -> !c.getSimpleName().equals("package-info")).count())
                .isEqualTo(clean.stream().filter(name -> !name.contains("$") && !name.endsWith("package-info"))
                        .count() + violating.size());
    }

    @Test
    void the_in_memory_adapter_needs_no_jooq_name_and_the_composition_root_may_wire_both_adapters() {
        JavaClasses clean = ForeignProject.clean();
        JavaClass wiring = clean.get("com.example.app.configuration.OrdersApplication");
        Set<String> used = wiring.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                .map(JavaClass::getPackageName).collect(Collectors.toSet());

        assertThat(used).contains("com.example.app.adapters.web", "com.example.app.adapters.persistence.order");
        assertThatCode(() -> ForeignProject.layout().adaptersDoNotDependOnEachOther().check(clean))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> SesiArchitectureRules.layout(ForeignProject.ROOT).conventions()
                .outPortAdaptersIn("persistence").namedWithPrefix("Jooq").check(clean))
                .as("SESI's own naming is a convention a project may leave out")
                .hasMessageContaining("InMemoryOrders");
    }

    @Test
    void an_allowed_edge_lets_one_adapter_use_another_in_that_direction_only() {
        HexagonalArchitecture webMayRead = ForeignProject.layout().adapterMayDependOn("web", "persistence");

        assertThatCode(() -> webMayRead.adaptersDoNotDependOnEachOther()
                .check(ForeignProject.with(ForeignViolation.WEB_USES_PERSISTENCE))).doesNotThrowAnyException();
        assertThatThrownBy(() -> webMayRead.adaptersDoNotDependOnEachOther()
                .check(ForeignProject.with(ForeignViolation.PERSISTENCE_USES_WEB)))
                .hasMessageContaining("CustomerExport").hasMessageContaining("allowed: web -> persistence");
    }

    @Test
    void a_misspelt_root_fails_every_rule_and_names_the_root() {
        HexagonalArchitecture typo = ForeignProject.layout("com.exmaple.app");
        JavaClasses clean = ForeignProject.clean();

        for (Map.Entry<String, Function<HexagonalArchitecture, ArchRule>> rule : RULES.entrySet()) {
            assertThatThrownBy(() -> rule.getValue().apply(typo).check(clean)).as(rule.getKey())
                    .hasMessageContaining("the root package com.exmaple.app holds no class: none of the "
                            + clean.size() + " imported classes is in it");
        }
    }

    @Test
    void a_misspelt_layer_adapter_or_port_package_fails_and_names_it() {
        JavaClasses clean = ForeignProject.clean();
        HexagonalArchitecture adapterTypo = HexagonalArchitecture.forRoot(ForeignProject.ROOT).domain("domain")
                .application("application").adapter("web", "adapter.web")
                .adapter("persistence", "adapters.persistence");
        HexagonalArchitecture domainTypo = ForeignProject.layout().domain("domian");
        HexagonalArchitecture portTypo = ForeignProject.layout().ports("ports.in", "port.out");

        assertThatThrownBy(() -> adapterTypo.adaptersDoNotDependOnEachOther().check(clean))
                .hasMessageContaining("adapter 'web' (com.example.app.adapter.web..) holds no class")
                .hasMessageNotContaining("adapter 'persistence' (com.example.app.adapters.persistence..) holds");
        assertThatThrownBy(() -> adapterTypo.conventions().library("HTTP", "com.sun.net.httpserver..").onlyIn("web")
                .check(clean)).hasMessageContaining("adapter 'web' (com.example.app.adapter.web..) holds no class");
        assertThatThrownBy(() -> domainTypo.domainIsIndependent().check(clean))
                .hasMessageContaining("the domain (com.example.app.domian..) holds no class");
        assertThatThrownBy(() -> domainTypo.everyClassIsInTheLayout().check(clean))
                .hasMessageContaining("com.example.app.domain.order.Order");
        assertThatThrownBy(() -> portTypo.inPortsDoNotDependOnOutPorts().check(clean))
                .hasMessageContaining("the in-ports (com.example.app.application..ports.in..) holds no class");
        assertThatThrownBy(() -> portTypo.portsDoNotDependOnServices().check(clean))
                .hasMessageContaining("the services (classes of the application that implement an in-port) holds "
                        + "no class");
    }

    @Test
    void an_import_with_no_classes_fails_rather_than_passing() {
        JavaClasses nothing = new ClassFileImporter().importPackages("com.example.nothing");

        for (Map.Entry<String, Function<HexagonalArchitecture, ArchRule>> rule : RULES.entrySet()) {
            assertThatThrownBy(() -> rule.getValue().apply(ForeignProject.layout()).check(nothing)).as(rule.getKey())
                    .hasMessageContaining("the root package com.example.app holds no class: none of the 0 imported");
        }
    }

    @Test
    void a_layout_is_checked_when_it_is_declared() {
        HexagonalArchitecture layout = ForeignProject.layout();

        assertThatThrownBy(() -> layout.adapterMayDependOn("web", "persistance"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no adapter 'persistance' is declared; declared: web, persistence");
        assertThatThrownBy(() -> layout.adapter("web", "adapters.web2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("declared twice");
        assertThatThrownBy(() -> HexagonalArchitecture.forRoot("com.example..app"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a package name");
        assertThatThrownBy(() -> HexagonalArchitecture.forRoot("com.example.app").application("application")
                .domainIsIndependent()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no domain");
        assertThatThrownBy(() -> layout.conventions().library("HTTP", "com.sun..").onlyIn("api"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no adapter 'api' is declared");
        assertThat(layout.adapterNames()).containsExactly("web", "persistence");
        HexagonalArchitecture noDriving = HexagonalArchitecture.forRoot(ForeignProject.ROOT).domain("domain")
                .application("application").adapter("web", "adapters.web")
                .adapter("persistence", "adapters.persistence").compositionRoot("configuration");
        assertThatThrownBy(noDriving::drivingAdaptersUseNoOutPorts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("declares no driving adapter");
        assertThat(noDriving.layering()).hasSize(layout.layering().size() - 1);
    }

    private static Set<String> names(JavaClasses classes) {
        return classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
    }

    static List<String> ruleNames() {
        return List.copyOf(RULES.keySet());
    }
}
