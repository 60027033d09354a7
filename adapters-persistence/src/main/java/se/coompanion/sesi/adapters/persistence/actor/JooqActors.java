package se.coompanion.sesi.adapters.persistence.actor;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.ACTOR_ROLE;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.ActorRecord;
import se.coompanion.sesi.application.actor.port.out.Actors;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.PostalAddress;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;

/** The actor register in tables {@code actor} and {@code actor_role}; the one place they are mapped. */
public final class JooqActors implements Actors {

    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    public JooqActors(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<Actor> actors, Instant registeredAt) {
        for (int from = 0; from < actors.size(); from += BATCH) {
            List<Actor> chunk = actors.subList(from, Math.min(actors.size(), from + BATCH));
            var insert = dsl.batch(dsl.insertInto(ACTOR, ACTOR.ACTOR_KEY, ACTOR.NAME, ACTOR.ORG_NUMBER,
                    ACTOR.LEGAL_FORM, ACTOR.MUNICIPALITY_CODE, ACTOR.STREET, ACTOR.POSTAL_CODE, ACTOR.TOWN,
                    ACTOR.NOTE, ACTOR.REGISTERED_AT).values((String) null, null, null, null, null, null, null, null,
                    null, null));
            for (Actor a : chunk) {
                insert.bind(a.key().value(), a.name(), a.number().map(OrganisationNumber::digits).orElse(null),
                        a.legalForm().map(Enum::name).orElse(null),
                        a.municipality().map(Municipality::code).orElse(null),
                        a.address().flatMap(PostalAddress::street).orElse(null),
                        a.address().map(p -> p.postalCode().digits()).orElse(null),
                        a.address().map(PostalAddress::town).orElse(null), a.note().orElse(null),
                        registeredAt.atOffset(ZoneOffset.UTC));
            }
            insert.execute();
            Map<String, Long> ids = dsl.select(ACTOR.ACTOR_KEY, ACTOR.ID).from(ACTOR)
                    .where(ACTOR.ACTOR_KEY.in(chunk.stream().map(a -> a.key().value()).toList()))
                    .fetchMap(ACTOR.ACTOR_KEY, ACTOR.ID);
            var roles = dsl.batch(dsl.insertInto(ACTOR_ROLE, ACTOR_ROLE.ACTOR_ID, ACTOR_ROLE.ROLE_CODE)
                    .values((Long) null, null));
            for (Actor a : chunk) {
                a.roles().forEach(role -> roles.bind(ids.get(a.key().value()), role.name()));
            }
            roles.execute();
        }
    }

    @Override
    public Optional<Actor> find(ActorKey key) {
        return one(ACTOR.ACTOR_KEY.eq(key.value()));
    }

    @Override
    public Optional<Actor> findByNumber(OrganisationNumber number) {
        return one(ACTOR.ORG_NUMBER.eq(number.digits()));
    }

    @Override
    public List<Actor> all() {
        return actors(DSL.noCondition());
    }

    @Override
    public int count() {
        return dsl.fetchCount(ACTOR);
    }

    /** The database id of an actor, for the tables that refer to it. */
    static Optional<Long> id(DSLContext dsl, ActorKey key) {
        return dsl.select(ACTOR.ID).from(ACTOR).where(ACTOR.ACTOR_KEY.eq(key.value())).fetchOptional(ACTOR.ID);
    }

    private Optional<Actor> one(Condition condition) {
        return actors(condition).stream().findFirst();
    }

    private List<Actor> actors(Condition condition) {
        List<ActorRecord> records = dsl.selectFrom(ACTOR).where(condition).orderBy(ACTOR.ACTOR_KEY).fetch();
        if (records.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> roles = dsl.select(ACTOR_ROLE.ACTOR_ID, ACTOR_ROLE.ROLE_CODE).from(ACTOR_ROLE)
                .where(records.size() == 1 ? ACTOR_ROLE.ACTOR_ID.eq(records.get(0).getId()) : DSL.noCondition())
                .fetchGroups(ACTOR_ROLE.ACTOR_ID, ACTOR_ROLE.ROLE_CODE);
        List<Actor> actors = new ArrayList<>(records.size());
        for (ActorRecord r : records) {
            actors.add(toActor(r, roles.getOrDefault(r.getId(), List.of())));
        }
        return actors;
    }

    private static Actor toActor(ActorRecord r, List<String> roles) {
        Optional<PostalAddress> address = r.getPostalCode() == null ? Optional.empty()
                : Optional.of(new PostalAddress(Optional.ofNullable(r.getStreet()), new PostalCode(r.getPostalCode()),
                        r.getTown()));
        return new Actor(new ActorKey(r.getActorKey()), r.getName(),
                Optional.ofNullable(r.getOrgNumber()).map(OrganisationNumber::new),
                Optional.ofNullable(r.getLegalForm()).map(LegalForm::valueOf),
                roles.stream().map(ActorRole::valueOf)
                        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder())),
                Optional.ofNullable(r.getMunicipalityCode()).map(Municipality::of), address,
                Optional.ofNullable(r.getNote()));
    }
}
