package se.coompanion.sesi.adapters.cli.actor;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.ContactPerson;
import se.coompanion.sesi.domain.actor.EmailAddress;
import se.coompanion.sesi.domain.actor.PhoneNumber;
import se.coompanion.sesi.domain.actor.PostalAddress;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The actor and contact listings. CSV columns are those of the actor file (so that a listing reads like an import
 * file) plus the key and the number of contacts; every value a person typed is a text cell, so that CSV output is
 * safe to open in a spreadsheet.
 */
final class ActorTables {

    static final List<String> ACTOR_COLUMNS = List.of("key", "org_number", "name", "legal_form", "roles",
            "municipality_code", "street", "postal_code", "town", "contacts", "note");
    static final List<String> CONTACT_COLUMNS = List.of("id", "actor", "organisation", "name", "title", "email",
            "phone", "lawful_basis", "registered_at", "erased_at");

    private ActorTables() {
    }

    /** For people: the columns that fit a terminal; the street, postal code and note are in "actor show". */
    static final List<String> ACTOR_COLUMNS_FOR_PEOPLE = List.of("key", "org_number", "name", "legal_form", "roles",
            "municipality_code", "town", "contacts");

    static Table actors(List<ListActors.Listed> listed, Locale locale, boolean forPeople) {
        List<String> columns = forPeople ? ACTOR_COLUMNS_FOR_PEOPLE : ACTOR_COLUMNS;
        Table table = new Table(columns.stream().map(ActorTables::column).toList());
        for (ListActors.Listed entry : listed) {
            Actor a = entry.actor();
            Map<String, Cell> cells = new HashMap<>();
            cells.put("key", Cell.text(a.key().value()));
            cells.put("org_number", Cell.text(a.number().map(n -> n.formatted())));
            cells.put("name", Cell.text(a.name()));
            cells.put("legal_form", legalForm(a, locale));
            cells.put("roles", roles(a, locale));
            cells.put("municipality_code", forPeople ? Cell.text(a.municipality().map(Municipality::shortName))
                    : Cell.text(a.municipality().map(Municipality::code)));
            cells.put("street", Cell.text(a.address().flatMap(PostalAddress::street)));
            cells.put("postal_code", Cell.text(a.address().map(p -> p.postalCode().formatted())));
            cells.put("town", Cell.text(a.address().map(PostalAddress::town)));
            cells.put("contacts", Cell.number(entry.contacts()));
            cells.put("note", Cell.text(a.note()));
            table.row(columns.stream().map(cells::get).toList());
        }
        return table;
    }

    static Table contacts(List<ContactRow> rows) {
        Table table = new Table(CONTACT_COLUMNS.stream().map(ActorTables::column).toList());
        for (ContactRow row : rows) {
            ContactPerson c = row.contact();
            table.row(Cell.number(c.id().value()),
                    Cell.text(c.actor().value()),
                    Cell.text(row.actor().name()),
                    c.erased() ? Cell.coded(c.details().name(), Message.of(ActorTables.class, "contact.erased"))
                            : Cell.text(c.details().name()),
                    Cell.text(c.details().title()),
                    Cell.text(c.details().email().map(EmailAddress::value)),
                    Cell.text(c.details().phone().map(PhoneNumber::value)),
                    Cell.coded(c.details().lawfulBasis(), c.details().lawfulBasis().title()),
                    Cell.text(seconds(c.registeredAt())),
                    Cell.text(c.erasedAt().map(ActorTables::seconds)));
        }
        return table;
    }

    /** An instant to the second, ISO-8601 in UTC: 2024-05-02T08:00:00Z. */
    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The form's code for programs, its name for people. */
    static Cell legalForm(Actor actor, Locale locale) {
        return actor.legalForm().map(f -> Cell.coded(f.name(), Message.literal(f.name(locale)))).orElse(Cell.empty());
    }

    /** The roles joined with | for programs (as in the actor file), their names for people. */
    static Cell roles(Actor actor, Locale locale) {
        return Cell.coded(actor.roles().stream().map(ActorRole::name).collect(Collectors.joining("|")),
                Message.literal(actor.roles().stream().map(r -> r.title().format(locale))
                        .collect(Collectors.joining(", "))));
    }

    static Table.Column column(String name) {
        return new Table.Column(name, Message.of(ActorTables.class, "column." + name));
    }

    /** The field/value rows of one actor. */
    static Table facts(Actor a, Locale locale, int contacts) {
        Table table = Table.of(column("field"), column("value"));
        List<Cell[]> rows = new ArrayList<>();
        rows.add(fact("key", Cell.text(a.key().value())));
        rows.add(fact("org_number", Cell.text(a.number().map(n -> n.formatted()))));
        rows.add(fact("name", Cell.text(a.name())));
        rows.add(fact("legal_form", legalForm(a, locale)));
        rows.add(fact("roles", roles(a, locale)));
        rows.add(fact("municipality_code", Cell.text(a.municipality().map(Municipality::toString))));
        rows.add(fact("address", Cell.text(a.address().map(PostalAddress::oneLine))));
        rows.add(fact("contacts", Cell.number(contacts)));
        rows.add(fact("note", Cell.text(a.note())));
        rows.forEach(table::row);
        return table;
    }

    private static Cell[] fact(String field, Cell value) {
        return new Cell[] {Cell.coded(field, Message.of(ActorTables.class, "column." + field)), value};
    }

    /**
     * @param contact the contact person
     * @param actor   its actor
     */
    record ContactRow(ContactPerson contact, Actor actor) {
    }
}
