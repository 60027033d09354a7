package se.coompanion.sesi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No silent pass: every rule first checks that the root and each part it speaks of hold at least one of the
 * imported classes, and fails naming the part that was empty. ArchUnit's own check for an empty rule would only
 * say that the rule checked nothing; a misspelt root, layer or adapter would otherwise let every rule pass.
 */
final class Presence {

    private Presence() {
    }

    /**
     * A rule made of the presence check of these parts and then the checks themselves (which may be empty: the
     * presence check speaks for them).
     */
    static CompositeArchRule rule(String description, String because, Part root, List<Part> parts,
            ArchRule... checks) {
        CompositeArchRule rule = CompositeArchRule.of(classes().should(holdClassesOf(root, parts))
                .allowEmptyShould(true));
        for (ArchRule check : checks) {
            rule = rule.and(check.allowEmptyShould(true));
        }
        return rule.as(description).because(because);
    }

    private static ArchCondition<JavaClass> holdClassesOf(Part root, List<Part> parts) {
        return new ArchCondition<>("include classes of " + root.label()) {

            private final Map<Part, Boolean> seen = new LinkedHashMap<>();
            private int imported;

            @Override
            public void init(Collection<JavaClass> allObjectsToTest) {
                seen.clear();
                seen.put(root, false);
                parts.forEach(part -> seen.put(part, false));
                imported = allObjectsToTest.size();
            }

            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                seen.replaceAll((part, found) -> found || part.contains(javaClass));
            }

            @Override
            public void finish(ConditionEvents events) {
                String ofImported = "none of the " + imported + " imported classes is in it";
                if (!seen.get(root)) {
                    events.add(SimpleConditionEvent.violated(root, root.label() + " holds no class: " + ofImported
                            + " (a misspelt root, or an import that misses the code?)"));
                    return;
                }
                List<String> empty = new ArrayList<>();
                seen.forEach((part, found) -> {
                    if (!found) {
                        empty.add(part.label());
                    }
                });
                for (String label : empty) {
                    events.add(SimpleConditionEvent.violated(label, label + " holds no class: " + ofImported
                            + " (a misspelt package in the layout, or a part the project does not have?)"));
                }
            }
        };
    }
}
