package se.coompanion.sesi.architecture;

import com.example.app.adapters.persistence.customer.CustomerExport;
import com.example.app.adapters.persistence.customer.CustomerRows;
import com.example.app.adapters.persistence.customer.CustomerStore;
import com.example.app.adapters.persistence.order.OrderDownload;
import com.example.app.adapters.persistence.order.OrderRows;
import com.example.app.adapters.persistence.order.OrderSeed;
import com.example.app.adapters.web.customer.CustomerForm;
import com.example.app.adapters.web.customer.CustomerLinks;
import com.example.app.adapters.web.customer.CustomerNames;
import com.example.app.adapters.web.order.OrderAdmin;
import com.example.app.adapters.web.order.OrderFormatHelper;
import com.example.app.adapters.web.order.OrderLinks;
import com.example.app.adapters.web.order.OrderLookup;
import com.example.app.adapters.web.order.OrderPage;
import com.example.app.application.customer.CustomerCache;
import com.example.app.application.customer.CustomerNotes;
import com.example.app.application.customer.CustomerRegistration;
import com.example.app.application.customer.Greeting;
import com.example.app.application.customer.WelcomeLink;
import com.example.app.application.customer.port.out.CustomerEvents;
import com.example.app.application.order.Deadline;
import com.example.app.application.order.OrderArchive;
import com.example.app.application.order.OrderFeed;
import com.example.app.application.order.OrderNotes;
import com.example.app.application.order.OrderSettings;
import com.example.app.application.order.port.in.ListOrders;
import com.example.app.application.order.port.in.OrderReceipt;
import com.example.app.application.order.port.out.OrderNumbers;
import com.example.app.common.Texts;
import com.example.app.configuration.AdminServer;
import com.example.app.domain.customer.CustomerPrinter;
import com.example.app.domain.customer.CustomerRecord;
import com.example.app.domain.customer.Loyalty;
import com.example.app.domain.order.Discount;
import com.example.app.domain.order.OrderDate;
import com.example.app.domain.order.OrderDraft;
import com.example.app.domain.order.OrderFile;
import com.example.app.domain.order.OrderLines;
import com.example.app.domain.order.OrderLink;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The foreign fixture project {@code com.example.app} (test sources): its layout, the conventions it picks, and
 * its variants. The clean variant is the project without any class of a {@link ForeignViolation}; a bad variant is
 * the clean variant with the classes of one violation.
 */
final class ForeignProject {

    static final String ROOT = "com.example.app";

    private static final JavaClasses ALL = new ClassFileImporter().importPackages(ROOT);

    private ForeignProject() {
    }

    /** The project's layout as its architect declares it. */
    static HexagonalArchitecture layout() {
        return layout(ROOT);
    }

    static HexagonalArchitecture layout(String root) {
        return HexagonalArchitecture.forRoot(root)
                .domain("domain")
                .application("application")
                .drivingAdapter("web", "adapters.web")
                .adapter("persistence", "adapters.persistence")
                .compositionRoot("configuration");
    }

    /** Every rule by name: the whole layering, and the conventions this project picks. */
    static Map<String, Function<HexagonalArchitecture, ArchRule>> rules() {
        Map<String, Function<HexagonalArchitecture, ArchRule>> rules = new LinkedHashMap<>();
        rules.put("domainIsIndependent", HexagonalArchitecture::domainIsIndependent);
        rules.put("applicationDoesNotDependOnAdapters", HexagonalArchitecture::applicationDoesNotDependOnAdapters);
        rules.put("portsDoNotDependOnServices", HexagonalArchitecture::portsDoNotDependOnServices);
        rules.put("inPortsDoNotDependOnOutPorts", HexagonalArchitecture::inPortsDoNotDependOnOutPorts);
        rules.put("adaptersDoNotDependOnEachOther", HexagonalArchitecture::adaptersDoNotDependOnEachOther);
        rules.put("adaptersDoNotDependOnServices", HexagonalArchitecture::adaptersDoNotDependOnServices);
        rules.put("outPortsAreInterfaces", HexagonalArchitecture::outPortsAreInterfaces);
        rules.put("noCyclesBetweenAreas", HexagonalArchitecture::noCyclesBetweenAreas);
        rules.put("everyClassIsInTheLayout", HexagonalArchitecture::everyClassIsInTheLayout);
        rules.put("drivingAdaptersUseNoOutPorts", HexagonalArchitecture::drivingAdaptersUseNoOutPorts);
        rules.put("httpServerOnlyInWeb", layout -> layout.conventions()
                .library("the JDK HTTP server", "com.sun.net.httpserver..").onlyIn("web"));
        rules.put("webDependsOnlyOnJavaAndTheHttpServer", layout -> layout.conventions()
                .adapterDependsOnlyOn("web", "java..", "com.sun.net.httpserver.."));
        rules.put("persistenceAdaptersNamedInMemory", layout -> layout.conventions()
                .outPortAdaptersIn("persistence").namedWithPrefix("InMemory"));
        rules.put("useCaseImplementationsNamedService", layout -> layout.conventions()
                .useCaseImplementationsNamed("Service"));
        rules.put("noVagueNames", layout -> layout.conventions().noVagueNames());
        rules.put("coreReadsNoClock", layout -> layout.conventions().coreReadsNoClock());
        rules.put("coreWritesNoStandardStreams", layout -> layout.conventions().coreWritesNoStandardStreams());
        rules.put("domainDependsOnlyOnJava", layout -> layout.conventions().domainDependsOnlyOn("java.."));
        rules.put("applicationDependsOnlyOnJava", layout -> layout.conventions().applicationDependsOnlyOn("java.."));
        rules.put("domainDoesNoIo", layout -> layout.conventions().domainDoesNoIo());
        return rules;
    }

    /** Every class of the project, violations included. */
    static JavaClasses everything() {
        return ALL;
    }

    /** The project without any violation. */
    static JavaClasses clean() {
        Set<String> violating = Arrays.stream(ForeignViolation.values()).flatMap(v -> v.classes.stream())
                .map(Class::getName).collect(Collectors.toSet());
        return ALL.that(outside(violating, "the clean project"));
    }

    /** The clean project with the classes of this violation. */
    static JavaClasses with(ForeignViolation violation) {
        Set<String> others = Arrays.stream(ForeignViolation.values()).filter(v -> v != violation)
                .flatMap(v -> v.classes.stream()).filter(c -> !violation.classes.contains(c))
                .map(Class::getName).collect(Collectors.toSet());
        return ALL.that(outside(others, "the project with " + violation));
    }

    private static DescribedPredicate<JavaClass> outside(Set<String> excluded, String description) {
        return DescribedPredicate.describe(description, javaClass -> !excluded.contains(outermost(javaClass)));
    }

    private static String outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.getName();
    }

    /** The deliberate violations of the foreign project: which rules each breaks, and what the failure must name. */
    enum ForeignViolation {
        DOMAIN_USES_AN_IN_PORT(Set.of("domainIsIndependent", "domainDependsOnlyOnJava"),
                List.of("OrderDraft", "PlaceOrder$Command"), OrderDraft.class),
        DOMAIN_USES_AN_ADAPTER(Set.of("domainIsIndependent", "domainDependsOnlyOnJava"),
                List.of("CustomerRecord", "InMemoryCustomers"), CustomerRecord.class),
        APPLICATION_USES_PERSISTENCE(Set.of("applicationDoesNotDependOnAdapters", "applicationDependsOnlyOnJava"),
                List.of("OrderArchive", "InMemoryOrders"), OrderArchive.class),
        APPLICATION_USES_WEB(Set.of("applicationDoesNotDependOnAdapters", "applicationDependsOnlyOnJava"),
                List.of("WelcomeLink", "CustomerHandler"), WelcomeLink.class),
        APPLICATION_USES_THE_COMPOSITION_ROOT(
                Set.of("applicationDoesNotDependOnAdapters", "applicationDependsOnlyOnJava"),
                List.of("OrderSettings", "OrdersApplication"), OrderSettings.class),
        IN_PORT_USES_A_SERVICE(Set.of("portsDoNotDependOnServices"), List.of("OrderReceipt", "OrderService"),
                OrderReceipt.class),
        OUT_PORT_USES_A_SERVICE(Set.of("portsDoNotDependOnServices"), List.of("CustomerEvents", "CustomerService"),
                CustomerEvents.class),
        IN_PORT_USES_AN_OUT_PORT(Set.of("inPortsDoNotDependOnOutPorts"), List.of("ListOrders", "port.out.Orders"),
                ListOrders.class),
        WEB_USES_PERSISTENCE(Set.of("adaptersDoNotDependOnEachOther", "webDependsOnlyOnJavaAndTheHttpServer"),
                List.of("OrderPage", "InMemoryOrders"), OrderPage.class),
        WEB_USES_AN_OUT_PORT(Set.of("drivingAdaptersUseNoOutPorts"), List.of("OrderLookup", "port.out.Orders"),
                OrderLookup.class),
        WEB_USES_THE_OUT_PORTS_BUNDLE(Set.of("drivingAdaptersUseNoOutPorts"),
                List.of("OrderAdmin", "com.example.app.application.Stores"), OrderAdmin.class),
        WEB_USES_ANOTHER_LIBRARY(Set.of("webDependsOnlyOnJavaAndTheHttpServer"),
                List.of("CustomerNames", "ImmutableList"), CustomerNames.class),
        PERSISTENCE_USES_WEB(Set.of("adaptersDoNotDependOnEachOther"), List.of("CustomerExport", "CustomerHandler"),
                CustomerExport.class),
        WEB_USES_A_SERVICE(Set.of("adaptersDoNotDependOnServices"), List.of("CustomerForm", "CustomerService"),
                CustomerForm.class),
        PERSISTENCE_USES_A_SERVICE(Set.of("adaptersDoNotDependOnServices"), List.of("OrderSeed", "OrderService"),
                OrderSeed.class),
        OUT_PORT_IS_A_CLASS(Set.of("outPortsAreInterfaces"), List.of("OrderNumbers"), OrderNumbers.class),
        CYCLE_IN_THE_DOMAIN(Set.of("noCyclesBetweenAreas"), List.of("domain area order", "domain area customer"),
                Discount.class, Loyalty.class),
        CYCLE_IN_THE_APPLICATION(Set.of("noCyclesBetweenAreas"),
                List.of("application area order", "application area customer"), OrderNotes.class,
                CustomerNotes.class),
        CYCLE_IN_WEB(Set.of("noCyclesBetweenAreas"), List.of("adapter 'web' area order", "adapter 'web' area customer"),
                OrderLinks.class, CustomerLinks.class),
        CYCLE_IN_PERSISTENCE(Set.of("noCyclesBetweenAreas"),
                List.of("adapter 'persistence' area order", "adapter 'persistence' area customer"), OrderRows.class,
                CustomerRows.class),
        CLASS_OUTSIDE_THE_LAYOUT(Set.of("everyClassIsInTheLayout"), List.of("com.example.app.common.Texts"),
                Texts.class),
        HTTP_SERVER_IN_THE_DOMAIN(Set.of("httpServerOnlyInWeb", "domainDependsOnlyOnJava"),
                List.of("OrderLink", "HttpExchange"), OrderLink.class),
        HTTP_SERVER_IN_THE_APPLICATION(Set.of("httpServerOnlyInWeb", "applicationDependsOnlyOnJava"),
                List.of("OrderFeed", "HttpExchange"), OrderFeed.class),
        HTTP_SERVER_IN_PERSISTENCE(Set.of("httpServerOnlyInWeb"), List.of("OrderDownload", "HttpExchange"),
                OrderDownload.class),
        HTTP_SERVER_IN_THE_COMPOSITION_ROOT(Set.of("httpServerOnlyInWeb"), List.of("AdminServer", "HttpServer"),
                AdminServer.class),
        PERSISTENCE_ADAPTER_NOT_NAMED_IN_MEMORY(Set.of("persistenceAdaptersNamedInMemory"), List.of("CustomerStore"),
                CustomerStore.class),
        USE_CASE_IMPLEMENTATION_NOT_NAMED_SERVICE(Set.of("useCaseImplementationsNamedService"),
                List.of("CustomerRegistration"), CustomerRegistration.class),
        VAGUE_NAME(Set.of("noVagueNames"), List.of("OrderFormatHelper"), OrderFormatHelper.class),
        CLOCK_IN_THE_DOMAIN(Set.of("coreReadsNoClock"), List.of("OrderDate", "LocalDate.now()"), OrderDate.class),
        CLOCK_IN_THE_APPLICATION(Set.of("coreReadsNoClock"), List.of("Deadline", "Instant.now()"), Deadline.class),
        STANDARD_STREAM_IN_THE_DOMAIN(Set.of("coreWritesNoStandardStreams"), List.of("CustomerPrinter", "System.out"),
                CustomerPrinter.class),
        STANDARD_STREAM_IN_THE_APPLICATION(Set.of("coreWritesNoStandardStreams"), List.of("Greeting", "System.err"),
                Greeting.class),
        LIBRARY_IN_THE_DOMAIN(Set.of("domainDependsOnlyOnJava"), List.of("OrderLines", "ImmutableList"),
                OrderLines.class),
        LIBRARY_IN_THE_APPLICATION(Set.of("applicationDependsOnlyOnJava"), List.of("CustomerCache", "ImmutableMap"),
                CustomerCache.class),
        IO_IN_THE_DOMAIN(Set.of("domainDoesNoIo"), List.of("OrderFile", "java.nio.file.Files"), OrderFile.class);

        final Set<String> breaks;
        final List<String> evidence;
        final List<Class<?>> classes;

        ForeignViolation(Set<String> breaks, List<String> evidence, Class<?>... classes) {
            this.breaks = breaks;
            this.evidence = evidence;
            this.classes = List.of(classes);
        }
    }
}
