package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The layout of a hexagonal (ports and adapters) Java project, declared by its packages, and the ArchUnit rules of
 * its layering. Any project built this way can declare itself:
 *
 * <pre>{@code
 * HexagonalArchitecture app = HexagonalArchitecture.forRoot("com.example.app")
 *         .domain("domain")
 *         .application("application")          // in-ports in ..port.in.., out-ports in ..port.out..
 *         .adapter("web", "adapters.web")
 *         .adapter("persistence", "adapters.persistence")
 *         .compositionRoot("configuration");
 * app.layering().forEach(rule -> rule.check(classes));
 * }</pre>
 *
 * <p>Packages are given relative to the root. The parts are:
 * <ul>
 * <li>the <b>domain</b>: depends on no other part;</li>
 * <li>the <b>application</b>, with its <b>in-ports</b> (use cases), <b>out-ports</b> (what it needs from outside) and
 * its <b>services</b> (the classes of the application that implement an in-port): depends on the domain only;</li>
 * <li>any number of named <b>adapters</b>: each may use the domain and the application, but no other adapter unless
 * the layout allows that edge ({@link #adapterMayDependOn}); a <b>driving</b> adapter ({@link #drivingAdapter}) uses
 * the in-ports and no out-port;</li>
 * <li>optionally a <b>composition root</b> that wires everything together (it may sit inside an adapter, as a CLI's
 * bootstrap package does).</li>
 * </ul>
 *
 * <p>Every rule fails when the root or a part it speaks of holds no class of those it checks, naming that part:
 * a misspelt root or package never passes silently. Conventions about libraries and names are separate and
 * optional: {@link #conventions()}.
 *
 * <p>Instances are immutable: each declaring method returns a new layout.
 */
public final class HexagonalArchitecture {

    private static final Pattern PACKAGE = Pattern.compile("[a-zA-Z_$][\\w$]*(\\.[a-zA-Z_$][\\w$]*)*");

    private final String root;
    private final String domain;
    private final String application;
    private final String inPorts;
    private final String outPorts;
    private final Map<String, String> adapters;
    private final Set<List<String>> allowedEdges;
    private final String compositionRoot;
    private final Set<String> driving;

    private HexagonalArchitecture(String root, String domain, String application, String inPorts, String outPorts,
            Map<String, String> adapters, Set<List<String>> allowedEdges, String compositionRoot,
            Set<String> driving) {
        this.root = root;
        this.domain = domain;
        this.application = application;
        this.inPorts = inPorts;
        this.outPorts = outPorts;
        this.adapters = adapters;
        this.allowedEdges = allowedEdges;
        this.compositionRoot = compositionRoot;
        this.driving = driving;
    }

    /** A layout under this root package, with nothing declared yet. */
    public static HexagonalArchitecture forRoot(String rootPackage) {
        return new HexagonalArchitecture(packageName("root package", rootPackage), null, null, "port.in", "port.out",
                Map.of(), Set.of(), null, Set.of());
    }

    /** The domain's package, relative to the root (e.g. {@code "domain"}). */
    public HexagonalArchitecture domain(String subPackage) {
        return new HexagonalArchitecture(root, declared("domain", subPackage), application, inPorts, outPorts,
                adapters, allowedEdges, compositionRoot, driving);
    }

    /**
     * The application's package, relative to the root (e.g. {@code "application"}). Its in-ports are the packages
     * named {@code port.in} below it, its out-ports those named {@code port.out}, unless {@link #ports} says
     * otherwise.
     */
    public HexagonalArchitecture application(String subPackage) {
        return new HexagonalArchitecture(root, domain, declared("application", subPackage), inPorts, outPorts,
                adapters, allowedEdges, compositionRoot, driving);
    }

    /**
     * The names of the port packages anywhere below the application, e.g. {@code ports("port.in", "port.out")}
     * (the default) or {@code ports("usecase", "spi")}.
     */
    public HexagonalArchitecture ports(String inPortPackage, String outPortPackage) {
        return new HexagonalArchitecture(root, domain, application, packageName("in-port package", inPortPackage),
                packageName("out-port package", outPortPackage), adapters, allowedEdges, compositionRoot, driving);
    }

    /** An adapter, by the name rules and messages use, and its package relative to the root. */
    public HexagonalArchitecture adapter(String name, String subPackage) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || adapters.containsKey(name)) {
            throw new IllegalArgumentException("adapter name '" + name + "' is blank or declared twice");
        }
        Map<String, String> more = new LinkedHashMap<>(adapters);
        more.put(name, declared("adapter '" + name + "'", subPackage));
        return new HexagonalArchitecture(root, domain, application, inPorts, outPorts, more, allowedEdges,
                compositionRoot, driving);
    }

    /**
     * A driving (primary) adapter: one that calls the application, such as a web or command-line front end. Besides
     * every adapter's rules, it uses the use cases of the in-ports and no out-port ({@link
     * #drivingAdaptersUseNoOutPorts}).
     */
    public HexagonalArchitecture drivingAdapter(String name, String subPackage) {
        HexagonalArchitecture declared = adapter(name, subPackage);
        Set<String> more = new LinkedHashSet<>(driving);
        more.add(name);
        return new HexagonalArchitecture(root, domain, application, inPorts, outPorts, declared.adapters,
                allowedEdges, compositionRoot, more);
    }

    /** Allows one adapter to depend on another (one direction only), e.g. a CLI on a documents adapter. */
    public HexagonalArchitecture adapterMayDependOn(String from, String to) {
        requireAdapter(from);
        requireAdapter(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("an adapter always may use itself: " + from);
        }
        Set<List<String>> more = new LinkedHashSet<>(allowedEdges);
        more.add(List.of(from, to));
        return new HexagonalArchitecture(root, domain, application, inPorts, outPorts, adapters, more,
                compositionRoot, driving);
    }

    /**
     * The package that wires the parts together (relative to the root); it may depend on every part. It may lie
     * inside an adapter (for example {@code adapters.cli.bootstrap}) and then counts as part of that adapter too.
     */
    public HexagonalArchitecture compositionRoot(String subPackage) {
        return new HexagonalArchitecture(root, domain, application, inPorts, outPorts, adapters, allowedEdges,
                declared("composition root", subPackage), driving);
    }

    /** The optional conventions (libraries, names, purity) over this layout. */
    public Conventions conventions() {
        return new Conventions(this);
    }

    /** The root package. */
    public String root() {
        return root;
    }

    /** The adapters this adapter may depend on (the edges the layout allows). */
    List<String> allowedFrom(String adapter) {
        return allowedEdges.stream().filter(edge -> edge.get(0).equals(adapter)).map(edge -> edge.get(1)).toList();
    }

    /** The names of the declared adapters, in the order of declaration. */
    public List<String> adapterNames() {
        return List.copyOf(adapters.keySet());
    }

    /** The names of the driving adapters, in the order of declaration. */
    public List<String> drivingAdapterNames() {
        return List.copyOf(driving);
    }

    /** The dependencies the layout allows between adapters, each as {@code "from -> to"}. */
    public List<String> allowedEdges() {
        return allowedEdges.stream().map(edge -> edge.get(0) + " -> " + edge.get(1)).toList();
    }

    // ---------------------------------------------------------------- rules

    /**
     * Every rule of the layering (not the conventions); {@link #drivingAdaptersUseNoOutPorts} when the layout
     * declares a driving adapter.
     */
    public List<ArchRule> layering() {
        List<ArchRule> rules = new ArrayList<>(List.of(domainIsIndependent(), applicationDoesNotDependOnAdapters(),
                portsDoNotDependOnServices(), inPortsDoNotDependOnOutPorts(), adaptersDoNotDependOnEachOther(),
                adaptersDoNotDependOnServices(), outPortsAreInterfaces(), noCyclesBetweenAreas(),
                everyClassIsInTheLayout()));
        if (!driving.isEmpty()) {
            rules.add(drivingAdaptersUseNoOutPorts());
        }
        return List.copyOf(rules);
    }

    /** The domain depends on no other part of the project: not the application, an adapter or the wiring. */
    public ArchRule domainIsIndependent() {
        Part domainPart = domainPart();
        return Presence.rule("the domain depends on no other part of " + root,
                "the domain is the centre: everything else depends on it, it on nothing", rootPart(),
                List.of(domainPart),
                noClasses().that(domainPart.classes())
                        .should().dependOnClassesThat(rootPart().without(domainPart).classes()));
    }

    /** The application depends on no adapter and not on the composition root. */
    public ArchRule applicationDoesNotDependOnAdapters() {
        Part applicationPart = applicationPart();
        Part outside = outerParts().stream().reduce(Part::or).orElseThrow(() -> new IllegalStateException(
                "declare at least one adapter or a composition root"));
        return Presence.rule("the application depends on no adapter of " + root,
                "the application reaches the world through its out-ports only", rootPart(), List.of(applicationPart),
                noClasses().that(applicationPart.classes()).should().dependOnClassesThat(outside.classes()));
    }

    /** The ports (in and out) do not depend on the services that implement the use cases. */
    public ArchRule portsDoNotDependOnServices() {
        Part ports = inPortPart().or(outPortPart());
        return Presence.rule("the ports depend on no service of " + root,
                "the ports are the application's boundary; the services behind them can change freely", rootPart(),
                List.of(inPortPart(), outPortPart(), servicePart()),
                noClasses().that(ports.classes()).should().dependOnClassesThat(servicePart().classes()));
    }

    /** The in-ports (use cases and the records they take and give) do not depend on the out-ports. */
    public ArchRule inPortsDoNotDependOnOutPorts() {
        return Presence.rule("the in-ports of " + root + " depend on no out-port",
                "what the application offers does not expose what it needs from outside", rootPart(),
                List.of(inPortPart(), outPortPart()),
                noClasses().that(inPortPart().classes()).should().dependOnClassesThat(outPortPart().classes()));
    }

    /**
     * No adapter depends on another, except along the edges the layout allows; the composition root may use them
     * all.
     */
    public ArchRule adaptersDoNotDependOnEachOther() {
        if (adapters.size() < 2) {
            throw new IllegalStateException("declare at least two adapters for " + describeAdapters());
        }
        List<ArchRule> checks = new ArrayList<>();
        for (String from : adapters.keySet()) {
            for (String to : adapters.keySet()) {
                if (!from.equals(to) && !allowedEdges.contains(List.of(from, to))) {
                    checks.add(noClasses().that(withoutCompositionRoot(adapterPart(from)).classes())
                            .should().dependOnClassesThat(adapterPart(to).classes()));
                }
            }
        }
        String edges = allowedEdges.isEmpty() ? "none" : String.join(", ", allowedEdges());
        return Presence.rule("the adapters of " + root + " depend on no other adapter (allowed: " + edges + ")",
                compositionRoot == null ? "an adapter is one technology at the edge"
                        : "an adapter is one technology at the edge; only the composition root " + root + "."
                                + compositionRoot + " wires them together",
                rootPart(), allAdapterParts(), checks.toArray(ArchRule[]::new));
    }

    /** Adapters call the use cases through the in-ports, never the services behind them (the wiring excepted). */
    public ArchRule adaptersDoNotDependOnServices() {
        Part anyAdapter = withoutCompositionRoot(allAdapterParts().stream().reduce(Part::or)
                .orElseThrow(() -> new IllegalStateException("declare at least one adapter")));
        List<Part> parts = new ArrayList<>(allAdapterParts());
        parts.add(servicePart());
        return Presence.rule("the adapters of " + root + " use the in-ports, not the services",
                "a use case is called through its port, so that its service can change", rootPart(), parts,
                noClasses().that(anyAdapter.classes()).should().dependOnClassesThat(servicePart().classes()));
    }

    /**
     * A driving adapter calls the application through its in-ports and uses no out-port, nor a class of the
     * application that hands out out-ports (one with a method that returns an out-port, such as a bundle of all of
     * them for the wiring); the composition root excepted.
     */
    public ArchRule drivingAdaptersUseNoOutPorts() {
        if (driving.isEmpty()) {
            throw new IllegalStateException("the layout declares no driving adapter: declare one with drivingAdapter");
        }
        List<Part> parts = new ArrayList<>(driving.stream().map(this::adapterPart).toList());
        Part drivingParts = withoutCompositionRoot(parts.stream().reduce(Part::or).orElseThrow());
        parts.add(outPortPart());
        Part outPortsAndTheirSources = outPortPart().or(outPortSourcePart());
        return Presence.rule("the driving adapters of " + root + " (" + String.join(", ", driving)
                        + ") use no out-port",
                "a driving adapter calls use cases; what the application needs from outside is none of its business",
                rootPart(), parts,
                noClasses().that(drivingParts.classes())
                        .should().dependOnClassesThat(outPortsAndTheirSources.classes()));
    }

    /** An out-port is an interface; records and enums beside it are the values it passes. */
    public ArchRule outPortsAreInterfaces() {
        return Presence.rule("the out-ports of " + root + " are interfaces (and the records and enums they pass)",
                "an out-port says what the application needs; an adapter provides it", rootPart(),
                List.of(outPortPart()),
                classes().that(outPortPart().classes()).and().areTopLevelClasses()
                        .should().beInterfaces().orShould().beRecords().orShould().beEnums());
    }

    /**
     * No cycles between the areas (the first package level) of the domain, the application and every adapter.
     */
    public ArchRule noCyclesBetweenAreas() {
        List<Part> layers = new ArrayList<>(List.of(domainPart(), applicationPart()));
        List<ArchRule> checks = new ArrayList<>();
        checks.add(areasFreeOfCycles(domain, "domain area $1"));
        checks.add(areasFreeOfCycles(application, "application area $1"));
        adapters.forEach((name, subPackage) -> {
            layers.add(adapterPart(name));
            checks.add(areasFreeOfCycles(subPackage, "adapter '" + name + "' area $1"));
        });
        return Presence.rule("no cycles between the areas of any layer of " + root,
                "areas build on each other in one direction", rootPart(), layers, checks.toArray(ArchRule[]::new));
    }

    /** Every class under the root belongs to a declared part, so that no code escapes the rules. */
    public ArchRule everyClassIsInTheLayout() {
        List<String> packages = new ArrayList<>();
        packages.add(qualified(required("domain", domain)) + "..");
        packages.add(qualified(required("application", application)) + "..");
        adapters.values().forEach(subPackage -> packages.add(qualified(subPackage) + ".."));
        if (compositionRoot != null) {
            packages.add(qualified(compositionRoot) + "..");
        }
        return Presence.rule("every class under " + root + " is in a declared part of the layout",
                "code outside the declared parts would escape every rule", rootPart(), List.of(),
                classes().that(rootPart().classes()).should().resideInAnyPackage(packages.toArray(String[]::new)));
    }

    private ArchRule areasFreeOfCycles(String layerPackage, String naming) {
        return slices().matching(qualified(layerPackage) + ".(*)..").namingSlices(naming)
                .should().beFreeOfCycles();
    }

    // ---------------------------------------------------------------- parts (shared with Conventions)

    /** The classes under the root (a package-info is no class of code: it belongs to no part). */
    Part rootPart() {
        return new Part("the root package " + root, JavaClass.Predicates.resideInAPackage(root + "..")
                .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("package-info")))
                .as("classes under " + root));
    }

    Part domainPart() {
        return Part.inPackage("the domain", qualified(required("domain", domain)));
    }

    Part applicationPart() {
        return Part.inPackage("the application", qualified(required("application", application)));
    }

    Part inPortPart() {
        return portPart("the in-ports", inPorts);
    }

    Part outPortPart() {
        return portPart("the out-ports", outPorts);
    }

    /** The classes of the application that implement an in-port (outside the port packages). */
    Part servicePart() {
        Part applicationPart = applicationPart();
        Part inPortPart = inPortPart();
        Part ports = inPortPart.or(outPortPart());
        DescribedPredicate<JavaClass> implementsAnInPort = new DescribedPredicate<>("implement an in-port") {
            @Override
            public boolean test(JavaClass javaClass) {
                return !javaClass.isInterface()
                        && javaClass.getAllRawInterfaces().stream().anyMatch(inPortPart::contains);
            }
        };
        return new Part("the services (classes of the application that implement an in-port)",
                applicationPart.without(ports).predicate().and(implementsAnInPort));
    }

    /**
     * The classes of the application outside the port packages with a method that returns an out-port (one of the
     * interfaces; a method that returns a record an out-port passes hands out a value, not the port).
     */
    Part outPortSourcePart() {
        Part outPortPart = outPortPart();
        DescribedPredicate<JavaClass> handsOutAnOutPort = new DescribedPredicate<>("hand out an out-port") {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getMethods().stream().map(m -> m.getRawReturnType())
                        .anyMatch(type -> type.isInterface() && outPortPart.contains(type));
            }
        };
        return new Part("the classes of the application that hand out out-ports",
                applicationPart().without(inPortPart().or(outPortPart)).predicate().and(handsOutAnOutPort));
    }

    Part adapterPart(String name) {
        return Part.inPackage("adapter '" + name + "'", qualified(requireAdapter(name)));
    }

    List<Part> allAdapterParts() {
        return adapters.keySet().stream().map(this::adapterPart).toList();
    }

    Optional<Part> compositionRootPart() {
        return Optional.ofNullable(compositionRoot).map(p -> Part.inPackage("the composition root", qualified(p)));
    }

    Part withoutCompositionRoot(Part part) {
        return compositionRootPart().map(part::without).orElse(part);
    }

    /** The adapters and the composition root: what the domain and the application must not know. */
    private List<Part> outerParts() {
        List<Part> parts = new ArrayList<>(allAdapterParts());
        compositionRootPart().ifPresent(parts::add);
        return parts;
    }

    private Part portPart(String kind, String portPackage) {
        String identifier = qualified(required("application", application)) + ".." + portPackage + "..";
        return new Part(kind + " (" + identifier + ")", JavaClass.Predicates.resideInAPackage(identifier).as(kind));
    }

    private String requireAdapter(String name) {
        String subPackage = adapters.get(name);
        if (subPackage == null) {
            throw new IllegalArgumentException("no adapter '" + name + "' is declared; " + describeAdapters());
        }
        return subPackage;
    }

    private String describeAdapters() {
        return adapters.isEmpty() ? "none is declared" : "declared: " + String.join(", ", adapters.keySet());
    }

    private String qualified(String subPackage) {
        return root + "." + subPackage;
    }

    private static String required(String what, String value) {
        if (value == null) {
            throw new IllegalStateException("the layout declares no " + what + ": call ." + what
                    + "(\"...\") first");
        }
        return value;
    }

    private static String declared(String what, String subPackage) {
        return packageName(what + " package", subPackage);
    }

    private static String packageName(String what, String name) {
        Objects.requireNonNull(name, what);
        if (!PACKAGE.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a package name (like \"adapters.web\")");
        }
        return name;
    }

    @Override
    public String toString() {
        return "HexagonalArchitecture[root=" + root + ", domain=" + domain + ", application=" + application
                + " (in-ports " + inPorts + ", out-ports " + outPorts + "), adapters=" + adapters + ", driving="
                + driving + ", allowed=" + allowedEdges + ", compositionRoot=" + compositionRoot + "]";
    }
}
