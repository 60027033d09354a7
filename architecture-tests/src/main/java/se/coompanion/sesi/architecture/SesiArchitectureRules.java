package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The architecture of SESI Förstudie (architecture.md) as its declared {@link HexagonalArchitecture} layout and the
 * {@link Conventions} it chose: a pure domain, an application that reaches the world only through ports, in-ports
 * that know no out-port, adapters at the edge that know nothing of each other but the command line's use of the
 * documents (and the composition root's wiring), driving adapters (documents, command line) that call use cases
 * only, no cycles between areas, each library in its one adapter, and the naming of the design.
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

    /**
     * The libraries the documents adapter renders with, besides the JDK and Guava: Commons CSV (reading and writing
     * CSV), Mustache (the templates), and for the PDFs openhtmltopdf (the layout on pages, the SVG charts through
     * Batik) with PDFBox and FontBox under it (the PDF and its fonts) and jsoup (the HTML5 pages read into the W3C
     * DOM, {@code org.w3c.dom}, that openhtmltopdf takes), and Jackson (the application draft's JSON export for other
     * systems). A new rendering library is added here with its reason, a PDF library also to
     * {@link #pdfLibrariesOnlyInDocuments()}.
     */
    public static final List<String> DOCUMENT_LIBRARIES = List.of("org.apache.commons.csv..",
            "com.github.mustachejava..", "com.openhtmltopdf..", "org.apache.pdfbox..", "org.apache.fontbox..",
            "org.jsoup..", "org.w3c.dom..", "com.fasterxml.jackson..");

    private final HexagonalArchitecture layout;
    private final Conventions conventions;

    private SesiArchitectureRules(String root) {
        this.layout = layout(root);
        this.conventions = layout.conventions();
    }

    /**
     * SESI's layout under a root package (the product's is {@code se.coompanion.sesi}): the persistence adapter is
     * driven by the application; the documents and the command line drive it (they call use cases), and the
     * command line may use the documents, nothing else may use the command line; the composition root is the
     * command line's bootstrap package.
     */
    public static HexagonalArchitecture layout(String root) {
        return HexagonalArchitecture.forRoot(root)
                .domain("domain")
                .application("application")
                .adapter("persistence", "adapters.persistence")
                .drivingAdapter("documents", "adapters.documents")
                .drivingAdapter("cli", "adapters.cli")
                .adapterMayDependOn("cli", "documents")
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

    /** The layering rules of the layout, every one of them ({@link HexagonalArchitecture#layering()}). */
    public List<ArchRule> layering() {
        return layout.layering();
    }

    /** SESI's conventions: its libraries, its names, a pure core. */
    public List<ArchRule> conventions() {
        return List.of(domainDependsOnlyOnJdkAndGuava(), domainDoesNoFileNetworkOrDatabaseIo(),
                noClockReadsInDomainOrApplication(), noStandardStreamsInDomainOrApplication(),
                applicationDependsOnlyOnDomainGuavaAndValidation(), jooqOnlyInPersistence(),
                databaseLibrariesOnlyInPersistence(), picocliOnlyInCli(), mustacheOnlyInDocuments(),
                pdfLibrariesOnlyInDocuments(), jsonLibraryOnlyInDocuments(),
                documentsDependOnlyOnApplicationAndRenderingLibraries(),
                noVagueNames(), servicesImplementUseCases(), useCasesAreBuiltByTheirArea(),
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

    /**
     * The adapters know nothing of each other but along the declared edge (the command line uses the documents);
     * only the composition root (cli.bootstrap) wires the persistence adapter.
     */
    public ArchRule adaptersDoNotDependOnEachOther() {
        return layout.adaptersDoNotDependOnEachOther();
    }

    /** A use case's interface and records know no out-port: a caller of a use case needs nothing of the adapters. */
    public ArchRule inPortsDoNotDependOnOutPorts() {
        return layout.inPortsDoNotDependOnOutPorts();
    }

    /**
     * The documents and the command line gather what they show through the use cases only: no out-port, nor a
     * class that hands one out ({@code SesiPorts}); so every figure is the one the use case computed.
     */
    public ArchRule drivingAdaptersUseNoOutPorts() {
        return layout.drivingAdaptersUseNoOutPorts();
    }

    /** Adapters call the in-ports, never the services behind them (the composition root excepted). */
    public ArchRule adaptersDoNotDependOnServices() {
        return layout.adaptersDoNotDependOnServices();
    }

    /**
     * The documents adapter depends on the application, the domain, the JDK, Guava and its rendering libraries
     * ({@link #DOCUMENT_LIBRARIES}) only: an embedding program makes every document without the command line, a
     * database or a framework.
     */
    public ArchRule documentsDependOnlyOnApplicationAndRenderingLibraries() {
        List<String> allowed = new ArrayList<>(List.of("java..", "com.google.common.."));
        allowed.addAll(DOCUMENT_LIBRARIES);
        return conventions.adapterDependsOnlyOn("documents", allowed.toArray(String[]::new));
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

    /** Mustache (the templates) stays in the documents adapter: the command line prints, it does not render. */
    public ArchRule mustacheOnlyInDocuments() {
        return conventions.library("Mustache", "com.github.mustachejava..").onlyIn("documents");
    }

    /**
     * The PDF libraries (openhtmltopdf and the PDFBox it writes with) stay in the documents adapter, like Mustache:
     * a PDF is a document.
     */
    public ArchRule pdfLibrariesOnlyInDocuments() {
        return conventions.library("openhtmltopdf and PDFBox", "com.openhtmltopdf..", "org.apache.pdfbox..")
                .onlyIn("documents");
    }

    /**
     * Jackson (the JSON export) stays in the documents adapter: the command line writes the export as a document, and
     * the domain and the application, which know only the JDK, Guava and Validation, never see it.
     */
    public ArchRule jsonLibraryOnlyInDocuments() {
        return conventions.library("Jackson", "com.fasterxml.jackson..").onlyIn("documents");
    }

    /** No cycles between the areas of any layer (the documents adapter's areas included). */
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

    /**
     * The classes directly in the application package (the composition of the areas, {@code SesiApplication}, and
     * the bundle of out-ports) depend on no in-port and no service: each area builds and hands out its own use cases
     * (its {@code <Area>UseCases} factory), so that the list of every use case cannot grow back in one class and a
     * new use case touches its area only.
     */
    public ArchRule useCasesAreBuiltByTheirArea() {
        String applicationPackage = layout.root() + ".application";
        Part composition = new Part("the classes directly in " + applicationPackage,
                JavaClass.Predicates.resideInAPackage(applicationPackage));
        return Presence.rule("the classes directly in " + applicationPackage + " depend on no in-port and no service",
                "each area builds and hands out its own use cases; the application only composes the areas "
                        + "(architecture.md, Composition by area)",
                layout.rootPart(), List.of(composition, layout.inPortPart()),
                noClasses().that(composition.classes()).should()
                        .dependOnClassesThat(layout.inPortPart().or(layout.servicePart()).classes()));
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
