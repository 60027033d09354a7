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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The architecture of SESI Förstudie as ArchUnit rules (architecture.md): a pure domain, an application layer
 * that reaches the world only through ports, adapters at the edge that know nothing of each other except in
 * the composition root (the command line may use the documents), no cycles between areas, and the naming of the
 * design.
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
    private final String documents;

    private SesiArchitectureRules(String root) {
        this.root = Objects.requireNonNull(root);
        this.domain = root + ".domain..";
        this.application = root + ".application..";
        this.persistence = root + ".adapters.persistence..";
        this.cli = root + ".adapters.cli..";
        this.bootstrap = root + ".adapters.cli.bootstrap..";
        this.documents = root + ".adapters.documents..";
    }

    /**
     * The adapters, by the package below {@code adapters}: each is one technology, and none knows another except
     * along {@link #ADAPTER_EDGES}.
     */
    public static final List<String> ADAPTERS = List.of("persistence", "documents", "cli");

    /**
     * The dependencies allowed between adapters, "from -> to": the command line prints the documents (architecture.md,
     * Modules). Besides these only the composition root ({@code cli.bootstrap}) may wire the persistence adapter.
     */
    public static final List<String> ADAPTER_EDGES = List.of("cli -> documents");

    /**
     * The libraries the documents adapter renders with, besides the JDK and Guava: Commons CSV (reading and writing
     * CSV) and Mustache (the templates). A new rendering library (a PDF writer) is added here with its reason.
     */
    public static final List<String> DOCUMENT_LIBRARIES = List.of("org.apache.commons.csv..",
            "com.github.mustachejava..");

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
                persistenceAdaptersAreNamedJooq(), documentsDependOnlyOnApplicationAndRenderingLibraries(),
                documentsUseInPortsOnly(), mustacheOnlyInDocuments(), inPortsDoNotDependOnOutPorts());
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

    /**
     * The adapters know nothing of each other but along the declared edges ({@link #ADAPTER_EDGES}: the command line
     * uses the documents); only the composition root (cli.bootstrap) wires the persistence adapter.
     */
    public ArchRule adaptersDoNotDependOnEachOther() {
        CompositeArchRule rule = null;
        for (String from : ADAPTERS) {
            for (String to : ADAPTERS) {
                if (from.equals(to) || ADAPTER_EDGES.contains(from + " -> " + to)) {
                    continue;
                }
                var classes = noClasses().that().resideInAPackage(adapter(from));
                if (from.equals("cli") && to.equals("persistence")) {
                    classes = classes.and().resideOutsideOfPackage(bootstrap);
                }
                ArchRule edge = classes.should().dependOnClassesThat().resideInAPackage(adapter(to))
                        .allowEmptyShould(true);
                rule = rule == null ? CompositeArchRule.of(edge) : rule.and(edge);
            }
        }
        return Objects.requireNonNull(rule).because("adapters depend on each other only along " + ADAPTER_EDGES
                + ", and only " + root + ".adapters.cli.bootstrap may touch both the CLI and the persistence adapter");
    }

    private String adapter(String name) {
        return root + ".adapters." + name + "..";
    }

    /**
     * The documents adapter depends on the application, the domain, the JDK, Guava and its rendering libraries
     * ({@link #DOCUMENT_LIBRARIES}) only: an embedding program makes every document without the command line, a
     * database or a framework.
     */
    public ArchRule documentsDependOnlyOnApplicationAndRenderingLibraries() {
        List<String> allowed = new ArrayList<>(List.of("java..", "com.google.common..", domain, application,
                documents));
        allowed.addAll(DOCUMENT_LIBRARIES);
        return classes().that().resideInAPackage(documents)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .because("the documents are a library over the application (architecture.md, Modules)")
                .allowEmptyShould(true);
    }

    /**
     * The documents gather their content through the use cases (the in-ports and SesiApplication) only: never an
     * out-port, the ports' bundle or a service, so that every figure is the one the use case computed.
     */
    public ArchRule documentsUseInPortsOnly() {
        return noClasses().that().resideInAPackage(documents)
                .should().dependOnClassesThat(outPortOrService())
                .because("a document shows what the use cases computed (architecture.md, Application layer)")
                .allowEmptyShould(true);
    }

    /** Mustache (the templates) stays in the documents adapter: the command line prints, it does not render. */
    public ArchRule mustacheOnlyInDocuments() {
        return noClasses().that().resideOutsideOfPackage(documents)
                .and().resideInAPackage(root + "..")
                .should().dependOnClassesThat().resideInAPackage("com.github.mustachejava..")
                .because("the documents adapter renders every document (architecture.md, Modules)")
                .allowEmptyShould(true);
    }

    /** A use case's interface and records know no out-port: a caller of a use case needs nothing of the adapters. */
    public ArchRule inPortsDoNotDependOnOutPorts() {
        return noClasses().that().resideInAPackage(root + ".application..port.in..")
                .should().dependOnClassesThat().resideInAPackage(root + ".application..port.out..")
                .because("in-ports pass domain values or their own records (architecture.md, Application layer)")
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaClass> outPortOrService() {
        return new DescribedPredicate<>("are out-ports, the ports' bundle or services of the application") {
            @Override
            public boolean test(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (!pkg.startsWith(root + ".application")) {
                    return false;
                }
                boolean outPort = pkg.contains(".port.out");
                boolean ports = pkg.equals(root + ".application") && javaClass.getSimpleName().equals("SesiPorts");
                boolean service = !pkg.contains(".port.") && javaClass.getSimpleName().endsWith("Service");
                return outPort || ports || service;
            }
        };
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

    /** No cycles between the areas of any layer (the documents adapter's areas included). */
    public ArchRule noCyclesBetweenAreas() {
        return CompositeArchRule.of(areasFreeOfCycles(root + ".domain.(*).."))
                .and(areasFreeOfCycles(root + ".application.(*).."))
                .and(areasFreeOfCycles(root + ".adapters.persistence.(*).."))
                .and(areasFreeOfCycles(root + ".adapters.cli.(*).."))
                .and(areasFreeOfCycles(root + ".adapters.documents.(*).."))
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
