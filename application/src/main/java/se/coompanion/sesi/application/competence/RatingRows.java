package se.coompanion.sesi.application.competence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.competence.Competence;
import se.coompanion.sesi.domain.competence.CompetenceFramework;
import se.coompanion.sesi.domain.competence.Level;
import se.coompanion.sesi.domain.competence.Rating;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

/**
 * Reads one row of a ratings file (cli.md, "Competence ratings") into a {@link Rating}, recording every problem of
 * the row against its column: the enterprise must be a social enterprise of the actor register, the competence a key
 * of the framework in use, the levels 1-5, and the rating not stored already unless the import replaces.
 */
final class RatingRows {

    static final Column ENTERPRISE = Column.required("organisationsnummer", "org_number");
    static final Column COMPETENCE = Column.required("kompetens", "competence");
    static final Column CURRENT = Column.required("nuvarande", "current");
    static final Column REQUIRED = Column.required("behov", "required");
    static final List<Column> COLUMNS = List.of(ENTERPRISE, COMPETENCE, CURRENT, REQUIRED);

    /** The roles that make an actor a social enterprise that can be rated. */
    static final Set<ActorRole> ENTERPRISE_ROLES = Set.of(ActorRole.SOCIAL_ENTERPRISE,
            ActorRole.WORK_INTEGRATION_SOCIAL_ENTERPRISE);

    private final Map<OrganisationNumber, Actor> register;
    private final CompetenceFramework framework;
    private final Set<Rating.Key> stored;

    /**
     * @param register  the actors with an organisationsnummer, by number
     * @param framework the framework in use
     * @param stored    the ratings stored already that a row may not repeat (empty when the import replaces)
     */
    RatingRows(Map<OrganisationNumber, Actor> register, CompetenceFramework framework, Set<Rating.Key> stored) {
        this.register = Map.copyOf(register);
        this.framework = framework;
        this.stored = Set.copyOf(stored);
    }

    /** True when the actor may be rated: it has one of the roles of a social enterprise. */
    static boolean isEnterprise(Actor actor) {
        return actor.roles().stream().anyMatch(ENTERPRISE_ROLES::contains);
    }

    /** The rating, or null after recording the row's problems. */
    Rating read(RowReading row) {
        OrganisationNumber number = row.required(ENTERPRISE, OrganisationNumber::parse);
        Competence competence = row.required(COMPETENCE, framework::require);
        Level current = row.required(CURRENT, Level::parse);
        Level required = row.required(REQUIRED, Level::parse);
        if (number != null) {
            Actor actor = register.get(number);
            if (actor == null) {
                row.problem(ENTERPRISE, Message.of(RatingRows.class, "rating.unknownEnterprise", number.formatted()));
            } else if (!isEnterprise(actor)) {
                row.problem(ENTERPRISE, Message.of(RatingRows.class, "rating.notAnEnterprise", actor.label(),
                        actor.roles().stream().map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (!row.ok()) {
            return null;
        }
        Rating rating = new Rating(number, competence.key(), current, required);
        if (stored.contains(rating.key())) {
            row.problem(COMPETENCE, Message.of(RatingRows.class, "rating.stored", competence.key(),
                    number.formatted()));
            return null;
        }
        return rating;
    }
}
