package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.List;
import java.util.Objects;

/**
 * The architecture of SESI Förstudie as ArchUnit rules (architecture.md): a pure domain, an application layer
 * that reaches the world only through ports, adapters at the edge that know nothing of each other except in
 * the composition root, no cycles between areas, and the naming of the design.
 *
 * <p>The rules take the root package, so that they can be applied to the product ({@code se.coompanion.sesi}),
 * to test fixtures, or to a project built the same way:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("se.coompanion.sesi");
 * SesiArchitectureRules.forRoot("se.coompanion.sesi").all().forEach(rule -> rule.check(classes));
 * }</pre>
 */
public final class SesiArchitectureRules {

    private final String root;
    private final String domain;
    private final String application;
    private final String persistence;
    private final String cli;
    private final String bootstrap;

    private SesiArchitectureRules(String root) {
        this.root = Objects.requireNonNull(root);
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.persistence = root + ".adapters.persistence..";
        this.cli = root + ".adapters.cli..";
        this.bootstrap = root + ".adapters.cli.bootstrap..";
    }

    /** The rules for the code under this root package. */
    public static SesiArchitectureRules forRoot(String rootPackage) {
        return new SesiArchitectureRules(rootPackage);
    }

    /** Every rule. */
    public List<ArchRule> all() {
        return List.of(domainDependsOnlyOnJdkAndGuava(), domainDoesNoFileNetworkOrDatabaseIo(),
                noClockReadsInDomainOrApplication(), noStandardStreamsInDomainOrApplication(),
                applicationDependsOnlyOnDomainGuavaAndValidation(), adaptersDoNotDependOnEachOther(),
                jooqOnlyInPersistence(), databaseLibrariesOnlyInPersistence(), picocliOnlyInCli(),
                noCyclesBetweenAreas(), noVagueNames(), servicesImplementUseCases(), outPortsAreInterfaces(),
                persistenceAdaptersAreNamedJooq());
    }

    /** The domain is plain Java: the JDK, Guava and itself; no framework, no annotations from one. */
    public ArchRule domainDependsOnlyOnJdkAndGuava() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..", domain)
                .because("the domain depends on the JDK and Guava only (architecture.md, Modules)")
                .allowEmptyShould(true);
    }

    /** The domain reads no files, network or database (it may read its own class-path resources). */
    public ArchRule domainDoesNoFileNetworkOrDatabaseIo() {
        return noClasses().that().resideInAPackage(domain)
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                        "javax.sql..", "java.util.logging..", "java.lang.System$Logger")
                .because("the domain does no I/O: time, files and data come in as parameters")
                .allowEmptyShould(true);
    }

    /** Time comes in as a parameter (a {@code java.time.Clock} in the application); nobody else reads the clock. */
    public ArchRule noClockReadsInDomainOrApplication() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should(readTheClock())
                .because("time comes in as a parameter so that every rule can be tested (architecture.md)")
                .allowEmptyShould(true);
    }

    /** Neither the domain nor the application prints: the adapters own the output. */
    public ArchRule noStandardStreamsInDomainOrApplication() {
        return noClasses().that().resideInAnyPackage(domain, application)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("output belongs to the adapters")
                .allowEmptyShould(true);
    }

    /** The application knows the domain, Guava and Jakarta Validation, and reaches everything else through ports. */
    public ArchRule applicationDependsOnlyOnDomainGuavaAndValidation() {
        return classes().that().resideInAPackage(application)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.google.common..",
                        "jakarta.validation..", domain, application)
                .because("use cases reach the world only through their out-ports (architecture.md)")
                .allowEmptyShould(true);
    }

    /** The adapters know nothing of each other; only the composition root (cli.bootstrap) wires them together. */
    public ArchRule adaptersDoNotDependOnEachOther() {
        ArchRule persistenceWithoutCli = noClasses().that().resideInAPackage(persistence)
                .should().dependOnClassesThat().resideInAPackage(cli)
                .allowEmptyShould(true);
        ArchRule cliWithoutPersistence = noClasses().that().resideInAPackage(cli).and().resideOutsideOfPackage(bootstrap)
                .should().dependOnClassesThat().resideInAPackage(persistence)
                .allowEmptyShould(true);
        return CompositeArchRule.of(persistenceWithoutCli).and(cliWithoutPersistence)
                .because("only " + root + ".adapters.cli.bootstrap may touch both the CLI and the persistence adapter");
    }

    /** jOOQ, generated code included, stays in the persistence adapter. */
    public ArchRule jooqOnlyInPersistence() {
        return noClasses().that().resideOutsideOfPackage(persistence)
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("jOOQ is a detail of the persistence adapter")
                .allowEmptyShould(true);
    }

    /** JDBC drivers and Flyway stay in the persistence adapter. */
    public ArchRule databaseLibrariesOnlyInPersistence() {
        return noClasses().that().resideOutsideOfPackage(persistence)
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..", "org.h2..", "org.postgresql..",
                        "java.sql..")
                .because("databases are a detail of the persistence adapter")
                .allowEmptyShould(true);
    }

    /** picocli stays in the command-line adapter. */
    public ArchRule picocliOnlyInCli() {
        return noClasses().that().resideOutsideOfPackage(cli)
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("the command line is one adapter among others")
                .allowEmptyShould(true);
    }

    /** No cycles between the areas of any layer. */
    public ArchRule noCyclesBetweenAreas() {
        return CompositeArchRule.of(areasFreeOfCycles(root + ".domain.(*).."))
                .and(areasFreeOfCycles(root + ".application.(*).."))
                .and(areasFreeOfCycles(root + ".adapters.persistence.(*).."))
                .and(areasFreeOfCycles(root + ".adapters.cli.(*).."))
                .because("areas build on each other in one direction (architecture.md, Packages)")
                .allowEmptyShould(true);
    }

    private static ArchRule areasFreeOfCycles(String pattern) {
        return slices().matching(pattern).should().beFreeOfCycles().allowEmptyShould(true);
    }

    /** A name says what the thing is. */
    public ArchRule noVagueNames() {
        return noClasses().that().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Impl")
                .because("no Manager, Helper, Util or Impl names (architecture.md, Naming)")
                .allowEmptyShould(true);
    }

    /** A class that implements use cases is an area's service, named {@code <Something>Service}. */
    public ArchRule servicesImplementUseCases() {
        return classes().that().resideInAPackage(application)
                .and().resideOutsideOfPackage("..port..")
                .and().areNotInterfaces()
                .and(implementUseCase())
                .should().haveSimpleNameEndingWith("Service")
                .andShould().resideInAPackage(root + ".application.*")
                .because("services implement the area's use cases (architecture.md, Naming)")
                .allowEmptyShould(true);
    }

    /** An out-port is an interface (beside the records it passes). */
    public ArchRule outPortsAreInterfaces() {
        return classes().that().resideInAPackage(root + ".application..port.out..")
                .and().areTopLevelClasses()
                .should().beInterfaces().orShould().beRecords().orShould().beEnums()
                .because("out-ports are what an area needs from outside, as interfaces")
                .allowEmptyShould(true);
    }

    /** A persistence adapter of an out-port is named {@code Jooq<Port>}. */
    public ArchRule persistenceAdaptersAreNamedJooq() {
        return classes().that().resideInAPackage(persistence)
                .and().areNotInterfaces()
                .and().areTopLevelClasses()
                .and(implementAnOutPort())
                .should().haveSimpleNameStartingWith("Jooq")
                .because("adapters are named Jooq<Port> (architecture.md, Naming)")
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaClass> implementUseCase() {
        return new DescribedPredicate<>("implement a use case of a port.in package") {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith(root + ".application.")
                                && i.getPackageName().endsWith(".port.in"));
            }
        };
    }

    private DescribedPredicate<JavaClass> implementAnOutPort() {
        return new DescribedPredicate<>("implement an out-port") {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().startsWith(root + ".application.")
                                && i.getPackageName().endsWith(".port.out"));
            }
        };
    }

    private static ArchCondition<JavaClass> readTheClock() {
        return new ArchCondition<>("read the clock") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean now = name.equals("now") && owner.startsWith("java.time.");
                    boolean system = owner.equals("java.lang.System")
                            && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                    boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
                    boolean instantNow = owner.equals("java.time.Instant") && name.equals("now");
                    if (now || system || systemClock || instantNow) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
