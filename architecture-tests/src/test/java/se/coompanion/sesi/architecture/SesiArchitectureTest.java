package se.coompanion.sesi.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule, applied to the product's main code in all six modules. */
class SesiArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.coompanion.sesi");
    }

    @Test
    void the_product_from_every_module_is_imported() {
        assertThat(product.containPackage("se.coompanion.sesi.domain.shared")).isTrue();
        assertThat(product.containPackage("se.coompanion.sesi.application.prestudy")).isTrue();
        assertThat(product.containPackage("se.coompanion.sesi.adapters.persistence.prestudy")).isTrue();
        assertThat(product.containPackage("se.coompanion.sesi.adapters.cli.bootstrap")).isTrue();
        assertThat(product.containPackage("se.coompanion.sesi.adapters.documents.report")).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> every_rule_holds_for_the_product() {
        return SesiArchitectureRules.forRoot("se.coompanion.sesi").all().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(product)));
    }

    static void check(ArchRule rule, JavaClasses classes) {
        rule.check(classes);
    }
}
