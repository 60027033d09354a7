package se.coompanion.sesi.domain.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/**
 * The partner candidates among each municipality's local actors: the implementation project needs a partner in
 * every municipality it works in. An actor is <b>local</b> to the municipality it is registered in (actors without a
 * municipality, such as national agencies, are local to none); the project owner is nobody's partner. A <b>partner
 * candidate</b> is an actor whose current stakeholder assessment has a candidacy other than NONE (the partner
 * shortlist).
 *
 * @param rows one per municipality of the pre-study's region, in code order
 */
public record PartnerCoverage(ImmutableList<Row> rows) {

    public PartnerCoverage {
        rows = ImmutableList.copyOf(rows);
    }

    /**
     * @param municipality the municipality
     * @param local        its local actors, by name
     * @param assessed     how many of them have a stakeholder assessment
     * @param candidates   its partner candidates, by name
     */
    public record Row(Municipality municipality, ImmutableList<Actor> local, int assessed,
            ImmutableList<Actor> candidates) {

        public Row {
            Objects.requireNonNull(municipality, "municipality");
            local = ImmutableList.copyOf(local);
            candidates = ImmutableList.copyOf(candidates);
        }

        public boolean withoutCandidate() {
            return candidates.isEmpty();
        }
    }

    /**
     * @param municipalities the pre-study's target municipalities
     * @param actors         the actor register
     * @param current        the current assessment of every assessed actor
     * @param owner          the project owner's organisationsnummer
     */
    public static PartnerCoverage of(List<Municipality> municipalities, List<Actor> actors,
            Map<ActorKey, StakeholderAssessment> current, OrganisationNumber owner) {
        Comparator<Actor> byName = Comparator.comparing((Actor a) -> a.name().toLowerCase(Locale.ROOT))
                .thenComparing(a -> a.key().value());
        return new PartnerCoverage(municipalities.stream().sorted().map(m -> {
            List<Actor> local = actors.stream()
                    .filter(a -> a.municipality().map(m::equals).orElse(false))
                    .filter(a -> !a.number().map(owner::equals).orElse(false))
                    .sorted(byName).toList();
            int assessed = (int) local.stream().filter(a -> current.containsKey(a.key())).count();
            List<Actor> candidates = local.stream()
                    .filter(a -> current.containsKey(a.key()) && current.get(a.key()).candidacy().isCandidate())
                    .toList();
            return new Row(m, ImmutableList.copyOf(local), assessed, ImmutableList.copyOf(candidates));
        }).collect(ImmutableList.toImmutableList()));
    }

    /** The municipalities without a partner candidate among their local actors. */
    public ImmutableList<Row> withoutCandidate() {
        return rows.stream().filter(Row::withoutCandidate).collect(ImmutableList.toImmutableList());
    }
}
