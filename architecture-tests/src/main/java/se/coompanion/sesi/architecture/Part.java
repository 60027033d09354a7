package se.coompanion.sesi.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Objects;

/**
 * A declared part of a layout (the root, the domain, the in-ports, an adapter ...): what a reader calls it, and which
 * classes belong to it.
 *
 * @param label     how messages name it, e.g. {@code adapter 'web' (com.example.app.adapters.web..)}
 * @param predicate which classes belong to it
 */
record Part(String label, DescribedPredicate<JavaClass> predicate) {

    Part {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(predicate, "predicate");
    }

    /** The part made of every class in a package and its sub-packages. */
    static Part inPackage(String kind, String packageName) {
        String identifier = packageName + "..";
        return new Part(kind + " (" + identifier + ")", JavaClass.Predicates.resideInAPackage(identifier)
                .as(kind));
    }

    boolean contains(JavaClass javaClass) {
        return predicate.test(javaClass);
    }

    /** The same classes, described as the part (so that a rule reads "classes in the domain"). */
    DescribedPredicate<JavaClass> classes() {
        return predicate.as(label);
    }

    Part without(Part other) {
        return new Part(label + " without " + other.label, predicate.and(DescribedPredicate.not(other.predicate)));
    }

    Part or(Part other) {
        return new Part(label + " or " + other.label, predicate.or(other.predicate));
    }
}
