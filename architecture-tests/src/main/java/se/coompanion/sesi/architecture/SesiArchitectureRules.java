package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture of SESI Förstudie (architecture.md) as its declared {@link HexagonalArchitecture} layout and the
 * {@link Conventions} it chose: a pure domain, an application that reaches the world only through ports, adapters
 * at the edge that know nothing of each other except in the composition root, no cycles between areas, its
 * libraries each in one adapter, and the naming of the design.
 *
 * <p>The rules take the root package, so that they can be applied to the product ({@code se.coompanion.sesi}) and
 * to test fixtures built the same way:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("se.coompanion.sesi");
 * SesiArchitectureRules.forRoot("se.coompanion.sesi").all().forEach(rule -> rule.check(classes));
 * }</pre>
 *
 * <p>Another project declares its own layout with {@link HexagonalArchitecture} (docs/architecture-rules.md).
 */
public final class SesiArchitectureRules {

    private final HexagonalArchitecture layout;
    private final Conventions conventions;

    private SesiArchitectureRules(String root) {
        this.layout = layout(root);
        this.conventions = layout.conventions();
    }

    /** SESI's layout under a root package: the product's is {@code se.coompanion.sesi}. */
    public static HexagonalArchitecture layout(String root) {
        return HexagonalArchitecture.forRoot(root)
                .domain("domain")
                .application("application")
                .adapter("persistence", "adapters.persistence")
                .adapter("cli", "adapters.cli")
                .compositionRoot("adapters.cli.bootstrap");
    }

    /** The rules for the code under this root package. */
    public static SesiArchitectureRules forRoot(String rootPackage) {
        return new SesiArchitectureRules(rootPackage);
    }

    /** The declared layout these rules check. */
    public HexagonalArchitecture layout() {
        return layout;
    }

    /** Every rule SESI applies: the layering of its layout and its conventions. */
    public List<ArchRule> all() {
        return Stream.concat(layering().stream(), conventions().stream()).toList();
    }

    /**
     * The layering rules of the layout that SESI holds. Not yet {@code inPortsDoNotDependOnOutPorts}: some in-ports
     * still pass out-port records (issue 17 moves them).
     */
    public List<ArchRule> layering() {
        return List.of(layout.domainIsIndependent(), layout.applicationDoesNotDependOnAdapters(),
                layout.portsDoNotDependOnServices(), adaptersDoNotDependOnEachOther(),
                layout.adaptersDoNotDependOnServices(), outPortsAreInterfaces(), noCyclesBetweenAreas(),
                layout.everyClassIsInTheLayout());
    }

    /** SESI's conventions: its libraries, its names, a pure core. */
    public List<ArchRule> conventions() {
        return List.of(domainDependsOnlyOnJdkAndGuava(), domainDoesNoFileNetworkOrDatabaseIo(),
                noClockReadsInDomainOrApplication(), noStandardStreamsInDomainOrApplication(),
                applicationDependsOnlyOnDomainGuavaAndValidation(), jooqOnlyInPersistence(),
                databaseLibrariesOnlyInPersistence(), picocliOnlyInCli(), noVagueNames(), servicesImplementUseCases(),
                persistenceAdaptersAreNamedJooq());
    }

    /** The domain is plain Java: the JDK, Guava and itself; no framework, no annotations from one. */
    public ArchRule domainDependsOnlyOnJdkAndGuava() {
        return conventions.domainDependsOnlyOn("java..", "com.google.common..");
    }

    /** The domain reads no files, network or database (it may read its own class-path resources). */
    public ArchRule domainDoesNoFileNetworkOrDatabaseIo() {
        return conventions.domainDoesNoIo();
    }

    /** Time comes in as a parameter (a {@code java.time.Clock} in the application); nobody else reads the clock. */
    public ArchRule noClockReadsInDomainOrApplication() {
        return conventions.coreReadsNoClock();
    }

    /** Neither the domain nor the application prints: the adapters own the output. */
    public ArchRule noStandardStreamsInDomainOrApplication() {
        return conventions.coreWritesNoStandardStreams();
    }

    /** The application knows the domain, Guava and Jakarta Validation, and reaches everything else through ports. */
    public ArchRule applicationDependsOnlyOnDomainGuavaAndValidation() {
        return conventions.applicationDependsOnlyOn("java..", "com.google.common..", "jakarta.validation..");
    }

    /** The adapters know nothing of each other; only the composition root (cli.bootstrap) wires them together. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return layout.adaptersDoNotDependOnEachOther();
    }

    /** jOOQ, generated code included, stays in the persistence adapter. */
    public ArchRule jooqOnlyInPersistence() {
        return conventions.library("jOOQ", "org.jooq..").onlyIn("persistence");
    }

    /** JDBC drivers and Flyway stay in the persistence adapter. */
    public ArchRule databaseLibrariesOnlyInPersistence() {
        return conventions.library("JDBC, Flyway, H2 and PostgreSQL", "org.flywaydb..", "org.h2..",
                "org.postgresql..", "java.sql..").onlyIn("persistence");
    }

    /** picocli stays in the command-line adapter. */
    public ArchRule picocliOnlyInCli() {
        return conventions.library("picocli", "picocli..").onlyIn("cli");
    }

    /** No cycles between the areas of any layer. */
    public ArchRule noCyclesBetweenAreas() {
        return layout.noCyclesBetweenAreas();
    }

    /** A name says what the thing is. */
    public ArchRule noVagueNames() {
        return conventions.noVagueNames();
    }

    /** A class that implements use cases is an area's service: {@code <Area>Service} in {@code application.<area>}. */
    public ArchRule servicesImplementUseCases() {
        String areas = layout.root() + ".application.*";
        return CompositeArchRule.of(conventions.useCaseImplementationsNamed("Service"))
                .and(classes().that(layout.servicePart().classes()).should().resideInAPackage(areas)
                        .allowEmptyShould(true))
                .as("the classes of " + layout.root() + " that implement a use case are *Service in " + areas)
                .because("services implement the area's use cases (architecture.md, Naming)");
    }

    /** An out-port is an interface (beside the records it passes). */
    public ArchRule outPortsAreInterfaces() {
        return layout.outPortsAreInterfaces();
    }

    /** A persistence adapter of an out-port is named {@code Jooq<Port>}. */
    public ArchRule persistenceAdaptersAreNamedJooq() {
        return conventions.outPortAdaptersIn("persistence").namedWithPrefix("Jooq");
    }
}
