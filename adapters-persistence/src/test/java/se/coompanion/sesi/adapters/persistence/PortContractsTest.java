package se.coompanion.sesi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.PortContract;

/**
 * Every out-port contract runs against every implementation of that port (docs/architecture.md, "How an area plugs
 * in"): for each port of {@link SesiPorts} there is a {@code <Port>Contract} beside the port (application test-jar),
 * run by {@code <Port>InMemoryTest} on the in-memory fakes and by {@code <Port>H2Test} and {@code <Port>PostgresTest}
 * here; and every class of the product that implements a port is the one {@link SesiDatabase} hands out, so that no
 * implementation escapes its contract.
 */
class PortContractsTest {

    /** Ports the in-memory fakes do not implement (their stub refuses every call), with the reason. */
    private static final Map<String, String> NOT_IN_MEMORY = Map.of("Backups",
            "a backup is a database's file: the application tests use none, the CLI tests use H2");

    /** The database test of a port, where its name differs from the port's. */
    private static final Map<String, String> DATABASE_TEST_NAMES = Map.of("PersonalDataHolders", "PersonalDataTables");

    @TempDir
    static Path directory;

    @TestFactory
    Stream<DynamicTest> every_port_has_a_contract_run_on_every_implementation() {
        return ports().entrySet().stream().map(port -> DynamicTest.dynamicTest(port.getKey(), () -> {
            String name = port.getKey();
            Class<?> type = port.getValue();
            Class<?> contract = load(type.getPackageName() + "." + name + "Contract");
            assertThat(PortContract.class).as(name).isAssignableFrom(contract);
            assertThat(Modifier.isAbstract(contract.getModifiers())).isTrue();

            List<String> runs = new ArrayList<>();
            String area = type.getPackageName().replace("se.coompanion.sesi.application.", "").replace(".port.out", "");
            String databaseTest = "se.coompanion.sesi.adapters.persistence." + area + "."
                    + DATABASE_TEST_NAMES.getOrDefault(name, name);
            runs.add(databaseTest + "H2Test");
            runs.add(databaseTest + "PostgresTest");
            if (!NOT_IN_MEMORY.containsKey(name)) {
                runs.add(type.getPackageName() + "." + name + "InMemoryTest");
            }
            for (String run : runs) {
                assertThat(contract).as(run + " runs " + contract.getSimpleName()).isAssignableFrom(load(run));
            }
        }));
    }

    @Test
    void a_port_the_fakes_do_not_implement_refuses_every_call() {
        InMemorySesiPorts fakes = new InMemorySesiPorts();

        assertThat(NOT_IN_MEMORY).containsOnlyKeys("Backups");
        assertThatThrownBy(() -> fakes.backups().write(directory.resolve("b.zip"), Instant.EPOCH))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> fakes.backups().restore(directory.resolve("b.zip")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void every_implementation_of_a_port_in_the_product_is_the_one_the_database_hands_out() throws Exception {
        JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("se.coompanion.sesi");
        assertThat(product.containPackage("se.coompanion.sesi.application.testing")).as("main code only").isFalse();
        Set<String> handedOut;
        try (SesiDatabase database = SesiDatabase.open(DatabaseConfig.h2File(directory.resolve("sesi")))) {
            handedOut = handedOut(database.ports());
        }

        for (Class<?> port : ports().values()) {
            Set<String> implementations = product.stream()
                    .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                    .filter(c -> c.isAssignableTo(port))
                    .map(JavaClass::getName).collect(Collectors.toSet());
            assertThat(implementations).as(port.getSimpleName()).isNotEmpty();
            assertThat(handedOut).as("implementations of " + port.getSimpleName() + " that no contract test reaches")
                    .containsAll(implementations);
        }
    }

    /** The ports, by the name their contract takes: the return types of {@link SesiPorts}. */
    private static Map<String, Class<?>> ports() {
        Map<String, Class<?>> ports = new LinkedHashMap<>();
        for (Method method : SesiPorts.class.getMethods()) {
            if (method.getReturnType() == List.class) {
                Class<?> element = (Class<?>) ((ParameterizedType) method.getGenericReturnType())
                        .getActualTypeArguments()[0];
                ports.put(element.getSimpleName() + "s", element);
            } else {
                ports.put(method.getReturnType().getSimpleName(), method.getReturnType());
            }
        }
        assertThat(ports).hasSizeGreaterThan(25).containsKeys("Transactions", "PersonalDataHolders", "Actors");
        return ports;
    }

    private static Set<String> handedOut(SesiPorts ports) throws ReflectiveOperationException {
        Set<String> classes = new TreeSet<>();
        for (Method method : SesiPorts.class.getMethods()) {
            Object port = method.invoke(ports);
            if (port instanceof List<?> list) {
                list.forEach(element -> classes.add(element.getClass().getName()));
            } else {
                classes.add(port.getClass().getName());
            }
        }
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("missing: " + name + " (docs/architecture.md, \"How an area plugs in\")", e);
        }
    }
}
