package se.coompanion.sesi.domain.implementation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * An activity of the implementation project: what it does, what it rests on (the recommendations it comes from and
 * further evidence), the modules of the tested learning programme it trains people with, and its project logic: the
 * outputs it delivers and the short- and long-term results it leads to, each with an indicator.
 *
 * @param id          its number
 * @param title       what it is called
 * @param description what it does
 * @param status      proposed, accepted, merged or dropped
 * @param mergedInto  the activity it was merged into, only when MERGED
 * @param dropReason  why it was dropped, only when DROPPED (optional then too)
 * @param grounds     the recommendations and evidence it rests on
 * @param modules     the learning programme's modules it trains people with
 * @param results     its outputs and results, in number order
 */
public record ProjectActivity(ActivityId id, String title, Optional<String> description, ActivityStatus status,
        Optional<ActivityId> mergedInto, Optional<String> dropReason, Grounds grounds,
        ImmutableSortedSet<ModuleRef> modules, ImmutableList<ExpectedResult> results) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_RESULTS = 30;
    /** The longest title the draft makes from a recommendation's statement. */
    public static final int PROPOSED_TITLE = 150;

    public ProjectActivity {
        Objects.requireNonNull(id, "id");
        title = TextField.required(Message.of(ProjectActivity.class, "activity.title"), title, MAX_TITLE);
        description = TextField.optional(Message.of(ProjectActivity.class, "activity.description"), description,
                MAX_DESCRIPTION);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mergedInto, "mergedInto");
        dropReason = TextField.optional(Message.of(ProjectActivity.class, "activity.reason"), dropReason, MAX_REASON);
        Objects.requireNonNull(grounds, "grounds");
        modules = ImmutableSortedSet.copyOf(Objects.requireNonNull(modules, "modules"));
        results = ImmutableList.copyOf(Objects.requireNonNull(results, "results"));
        if (mergedInto.isPresent() != (status == ActivityStatus.MERGED) || mergedInto.map(id::equals).orElse(false)) {
            throw new IllegalArgumentException("activity " + id + ": merged into another exactly when MERGED");
        }
        if (dropReason.isPresent() && status != ActivityStatus.DROPPED) {
            throw new IllegalArgumentException("activity " + id + ": a reason only when DROPPED");
        }
        if (results.size() > MAX_RESULTS) {
            throw new DomainException(Message.of(ProjectActivity.class, "activity.tooManyResults", id,
                    MAX_RESULTS));
        }
        Set<Integer> numbers = new HashSet<>();
        for (ExpectedResult result : results) {
            if (!numbers.add(result.number())) {
                throw new IllegalArgumentException("activity " + id + ": result " + result.number() + " twice");
            }
        }
    }

    /** A new activity, proposed, without results. */
    public static ProjectActivity proposed(ActivityId id, String title, Optional<String> description, Grounds grounds,
            ImmutableSortedSet<ModuleRef> modules) {
        return new ProjectActivity(id, title, description, ActivityStatus.PROPOSED, Optional.empty(),
                Optional.empty(), grounds, modules, ImmutableList.of());
    }

    /**
     * The title the draft proposes for a recommendation's statement: its first clause (up to the first comma,
     * semicolon, colon or full stop), and at most {@value #PROPOSED_TITLE} characters, cut at a word with an ellipsis
     * when longer. Never empty for a statement that is not blank.
     */
    public static String titleFrom(String statement) {
        String text = statement.strip().replaceAll("\\s+", " ");
        int end = text.length();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';' || c == ':' || c == '.') && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1)))) {
                end = i;
                break;
            }
        }
        String clause = text.substring(0, end).strip();
        if (clause.length() <= PROPOSED_TITLE) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', PROPOSED_TITLE - 1);
        return clause.substring(0, cut > 0 ? cut : PROPOSED_TITLE - 1).strip() + "…";
    }

    public boolean isLive() {
        return status.isLive();
    }

    /** The result with the number. */
    public Optional<ExpectedResult> result(int number) {
        return results.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The number the next result gets: one more than the highest so far. */
    public int nextResultNumber() {
        return results.stream().mapToInt(ExpectedResult::number).max().orElse(0) + 1;
    }

    /** True when a result of the level is planned. */
    public boolean has(ResultLevel level) {
        return results.stream().anyMatch(r -> r.level() == level);
    }

    public ProjectActivity withText(String newTitle, Optional<String> newDescription) {
        return new ProjectActivity(id, newTitle, newDescription, status, mergedInto, dropReason, grounds, modules,
                results);
    }

    public ProjectActivity withGrounds(Grounds other) {
        return new ProjectActivity(id, title, description, status, mergedInto, dropReason, other, modules, results);
    }

    public ProjectActivity withModules(ImmutableSortedSet<ModuleRef> other) {
        return new ProjectActivity(id, title, description, status, mergedInto, dropReason, grounds, other, results);
    }

    /** This activity with the result added (a new number) or put in place of the result with its number. */
    public ProjectActivity withResult(ExpectedResult result) {
        List<ExpectedResult> changed = new ArrayList<>(results);
        changed.removeIf(r -> r.number() == result.number());
        changed.add(result);
        changed.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return withResults(ImmutableList.copyOf(changed));
    }

    public ProjectActivity withoutResult(int number) {
        return withResults(results.stream().filter(r -> r.number() != number)
                .collect(ImmutableList.toImmutableList()));
    }

    ProjectActivity withResults(ImmutableList<ExpectedResult> other) {
        return new ProjectActivity(id, title, description, status, mergedInto, dropReason, grounds, modules, other);
    }

    ProjectActivity withStatus(ActivityStatus other, Optional<ActivityId> into, Optional<String> reason) {
        return new ProjectActivity(id, title, description, other, into, reason, grounds, modules, results);
    }
}
