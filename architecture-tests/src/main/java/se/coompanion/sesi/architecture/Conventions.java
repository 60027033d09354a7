package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.elements.ClassesShouldConjunction;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Optional rules over a declared layout: which libraries each adapter may use, how classes are named, and what the
 * core (domain and application) may not do. They are not part of the layering: a project picks those that are its
 * conventions. Obtain them with {@link HexagonalArchitecture#conventions()}.
 *
 * <pre>{@code
 * Conventions conventions = app.conventions();
 * conventions.library("JDBC", "java.sql..", "javax.sql..").onlyIn("persistence");
 * conventions.outPortAdaptersIn("persistence").namedWithPrefix("Jdbc");
 * conventions.noVagueNames();
 * }</pre>
 */
public final class Conventions {

    /** The name endings {@link #noVagueNames()} forbids: a name says what a thing is. */
    public static final List<String> VAGUE_NAME_ENDINGS = List.of("Manager", "Helper", "Util", "Utils", "Impl");

    private final HexagonalArchitecture layout;

    Conventions(HexagonalArchitecture layout) {
        this.layout = Objects.requireNonNull(layout);
    }

    /** A library, by a name for messages and its packages (ArchUnit identifiers such as {@code "org.jooq.."}). */
    public Library library(String name, String... packages) {
        if (packages.length == 0) {
            throw new IllegalArgumentException("library " + name + " needs at least one package");
        }
        return new Library(name, List.of(packages));
    }

    /** The naming of the classes in an adapter that implement out-ports. */
    public OutPortAdapters outPortAdaptersIn(String adapter) {
        return new OutPortAdapters(adapter);
    }

    /** A class of the application that implements an in-port (a service) has a name ending with this suffix. */
    public ArchRule useCaseImplementationsNamed(String suffix) {
        Part services = layout.servicePart();
        return Presence.rule("the classes of " + layout.root() + " that implement a use case are named *" + suffix,
                "services implement the use cases of the in-ports", layout.rootPart(), List.of(services),
                classes().that(services.classes()).should().haveSimpleNameEndingWith(suffix));
    }

    /** No class name ends with {@code Manager}, {@code Helper}, {@code Util(s)} or {@code Impl}. */
    public ArchRule noVagueNames() {
        return namesDoNotEndWith(VAGUE_NAME_ENDINGS.toArray(String[]::new));
    }

    /** No class name under the root ends with any of these. */
    public ArchRule namesDoNotEndWith(String... endings) {
        if (endings.length == 0) {
            throw new IllegalArgumentException("name at least one ending");
        }
        Part root = layout.rootPart();
        ClassesShouldConjunction should = noClasses().that(root.classes()).should()
                .haveSimpleNameEndingWith(endings[0]);
        for (String ending : Arrays.asList(endings).subList(1, endings.length)) {
            should = should.orShould().haveSimpleNameEndingWith(ending);
        }
        return Presence.rule("no class name of " + layout.root() + " ends with " + String.join(", ", endings),
                "a name says what the thing is", root, List.of(), should);
    }

    /** The domain depends only on itself and these packages (e.g. {@code "java.."}, {@code "com.google.common.."}). */
    public ArchRule domainDependsOnlyOn(String... packages) {
        Part domain = layout.domainPart();
        return Presence.rule("the domain of " + layout.root() + " depends only on " + String.join(", ", packages),
                "the domain is plain Java", layout.rootPart(), List.of(domain),
                classes().that(domain.classes()).should().onlyDependOnClassesThat(
                        domain.predicate().or(JavaClass.Predicates.resideInAnyPackage(packages))
                                .as("reside in the domain or in " + String.join(", ", packages))));
    }

    /** The application depends only on the domain, itself and these packages. */
    public ArchRule applicationDependsOnlyOn(String... packages) {
        Part application = layout.applicationPart();
        Part domain = layout.domainPart();
        return Presence.rule("the application of " + layout.root() + " depends only on the domain and "
                        + String.join(", ", packages),
                "use cases reach the world only through their out-ports", layout.rootPart(),
                List.of(application, domain),
                classes().that(application.classes()).should().onlyDependOnClassesThat(
                        application.predicate().or(domain.predicate())
                                .or(JavaClass.Predicates.resideInAnyPackage(packages))
                                .as("reside in the application, the domain or in " + String.join(", ", packages))));
    }

    /**
     * An adapter depends only on itself, the domain, the application, the adapters it may depend on, and these
     * packages (its libraries, e.g. {@code "java.."}, {@code "org.jooq.."}); the composition root inside it excepted.
     */
    public ArchRule adapterDependsOnlyOn(String adapter, String... packages) {
        Part adapterPart = layout.adapterPart(adapter);
        Part allowed = adapterPart.or(layout.domainPart()).or(layout.applicationPart());
        for (String other : layout.allowedFrom(adapter)) {
            allowed = allowed.or(layout.adapterPart(other));
        }
        String libraries = String.join(", ", packages);
        return Presence.rule("adapter '" + adapter + "' of " + layout.root() + " depends only on the domain, the "
                        + "application" + (layout.allowedFrom(adapter).isEmpty() ? "" : ", "
                        + String.join(", ", layout.allowedFrom(adapter))) + " and " + libraries,
                "an adapter is one technology: its own libraries and nothing else", layout.rootPart(),
                List.of(adapterPart),
                classes().that(layout.withoutCompositionRoot(adapterPart).classes()).should().onlyDependOnClassesThat(
                        allowed.predicate().or(JavaClass.Predicates.resideInAnyPackage(packages))
                                .as("reside in adapter '" + adapter + "', the domain, the application or in "
                                        + libraries)));
    }

    /** The domain reads no files, network, database or log (it may read its own class-path resources). */
    public ArchRule domainDoesNoIo() {
        Part domain = layout.domainPart();
        return Presence.rule("the domain of " + layout.root() + " does no file, network, database or logging I/O",
                "time, files and data come in as parameters", layout.rootPart(), List.of(domain),
                noClasses().that(domain.classes()).should().dependOnClassesThat().resideInAnyPackage(
                        "java.nio.file..", "java.net..", "java.sql..", "javax.sql..", "java.util.logging..",
                        "java.lang.System$Logger"));
    }

    /** Neither the domain nor the application reads the clock: time comes in as a parameter (a Clock). */
    public ArchRule coreReadsNoClock() {
        Part core = layout.domainPart().or(layout.applicationPart());
        return Presence.rule("the domain and the application of " + layout.root() + " read no clock",
                "time comes in as a parameter so that every rule can be tested", layout.rootPart(),
                List.of(layout.domainPart(), layout.applicationPart()),
                noClasses().that(core.classes()).should(readTheClock()));
    }

    /** Neither the domain nor the application writes to System.out or System.err: output is the adapters'. */
    public ArchRule coreWritesNoStandardStreams() {
        Part core = layout.domainPart().or(layout.applicationPart());
        return Presence.rule("the domain and the application of " + layout.root() + " use no standard stream",
                "output belongs to the adapters", layout.rootPart(),
                List.of(layout.domainPart(), layout.applicationPart()),
                noClasses().that(core.classes()).should(GeneralCodingRules.ACCESS_STANDARD_STREAMS));
    }

    /** A library of the project (a technology) and where it may be used. */
    public final class Library {

        private final String name;
        private final List<String> packages;

        private Library(String name, List<String> packages) {
            this.name = Objects.requireNonNull(name);
            this.packages = packages;
        }

        /** Only these adapters (and a composition root inside one of them) may depend on the library. */
        public ArchRule onlyIn(String... adapters) {
            if (adapters.length == 0) {
                throw new IllegalArgumentException("name the adapters that may use " + name);
            }
            List<Part> allowed = Stream.of(adapters).map(layout::adapterPart).toList();
            Part anywhere = allowed.stream().reduce(Part::or).orElseThrow();
            return Presence.rule(name + " is used only in " + String.join(", ", adapters) + " of " + layout.root(),
                    name + " is a detail of " + String.join(", ", adapters), layout.rootPart(), allowed,
                    noClasses().that(layout.rootPart().without(anywhere).classes())
                            .should().dependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new)));
        }
    }

    /** The classes of one adapter that implement out-ports. */
    public final class OutPortAdapters {

        private final String adapter;

        private OutPortAdapters(String adapter) {
            this.adapter = adapter;
        }

        /** Each top-level class of the adapter that implements an out-port has a name starting with the prefix. */
        public ArchRule namedWithPrefix(String prefix) {
            Part adapterPart = layout.adapterPart(adapter);
            Part outPorts = layout.outPortPart();
            DescribedPredicate<JavaClass> implementsAnOutPort = new DescribedPredicate<>("implement an out-port") {
                @Override
                public boolean test(JavaClass javaClass) {
                    return javaClass.getAllRawInterfaces().stream().anyMatch(outPorts::contains);
                }
            };
            List<Part> parts = new ArrayList<>(List.of(adapterPart, outPorts));
            return Presence.rule("the classes of adapter '" + adapter + "' of " + layout.root()
                            + " that implement an out-port are named " + prefix + "<Port>",
                    "an adapter's name says which port it provides, and how", layout.rootPart(), parts,
                    classes().that(adapterPart.classes()).and().areNotInterfaces().and().areTopLevelClasses()
                            .and(implementsAnOutPort).should().haveSimpleNameStartingWith(prefix));
        }
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
                    if (now || system || systemClock) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
