package se.coompanion.sesi.application.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.shared.Column;
import se.coompanion.sesi.application.shared.DuplicateCheck;
import se.coompanion.sesi.application.shared.RowReading;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.actor.PostalAddress;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.PostalCode;

/**
 * The actor file (docs/actors.md): its columns, Swedish or English, and how a row becomes an actor. A row is
 * checked against the register as it was when the import started: an organisationsnummer already registered, or
 * without one a name already registered, rejects the row and names the registered actor.
 */
final class ActorFile {

    static final Column NUMBER = Column.optional("organisationsnummer", "org_number");
    static final Column NAME = Column.required("namn", "name");
    static final Column LEGAL_FORM = Column.optional("juridisk_form", "legal_form");
    static final Column ROLES = Column.required("roller", "roles");
    static final Column MUNICIPALITY = Column.optional("kommunkod", "municipality_code");
    static final Column STREET = Column.optional("utdelningsadress", "street");
    static final Column POSTAL_CODE = Column.optional("postnummer", "postal_code");
    static final Column TOWN = Column.optional("postort", "town");
    static final Column NOTE = Column.optional("anteckning", "note");

    static final List<Column> COLUMNS = List.of(NUMBER, NAME, LEGAL_FORM, ROLES, MUNICIPALITY, STREET, POSTAL_CODE,
            TOWN, NOTE);

    /** Roles in one cell are joined with this. */
    static final String ROLE_SEPARATOR = "|";

    private final Map<OrganisationNumber, Actor> registeredByNumber;
    private final Map<String, Actor> registeredByName;

    /**
     * @param registeredByNumber the register's actors by organisationsnummer
     * @param registeredByName   the register's actors by {@link #nameKey}
     */
    ActorFile(Map<OrganisationNumber, Actor> registeredByNumber, Map<String, Actor> registeredByName) {
        this.registeredByNumber = Map.copyOf(registeredByNumber);
        this.registeredByName = Map.copyOf(registeredByName);
    }

    /** The actor of a row, or null after recording its problems. */
    Actor read(RowReading row) {
        Optional<OrganisationNumber> number = row.optional(NUMBER, OrganisationNumber::parse);
        String name = row.required(NAME);
        Optional<LegalForm> legalForm = row.optional(LEGAL_FORM, LegalForm::parse);
        List<ActorRole> roles = roles(row);
        Optional<Municipality> municipality = row.optional(MUNICIPALITY, Municipality::of);
        Optional<PostalAddress> address = address(row);
        if (!row.ok()) {
            return null;
        }
        Actor actor;
        try {
            actor = Actor.register(name, number, legalForm, roles, municipality, address,
                    Optional.of(row.text(NOTE)));
        } catch (DomainException e) {
            row.problem(e.text());
            return null;
        }
        Actor registered = number.isPresent() ? registeredByNumber.get(number.get())
                : registeredByName.get(nameKey(actor.name()));
        if (registered != null) {
            row.problem(number.isPresent() ? NUMBER : NAME, Message.of(ActorFile.class,
                    number.isPresent() ? "import.numberRegistered" : "import.nameRegistered", registered.label()));
            return null;
        }
        actor.groupWarning().ifPresent(warning -> row.warn(NUMBER, warning));
        return actor;
    }

    /** Rows of one file with the same organisationsnummer, or without one the same name, are duplicates. */
    static DuplicateCheck<Actor> duplicates() {
        return DuplicateCheck.byKey(actor -> actor.number().<Object>map(n -> n)
                .orElseGet(() -> new NameKey(nameKey(actor.name()))));
    }

    static Message duplicateMessage(DuplicateCheck.Duplicate duplicate) {
        return Message.of(ActorFile.class, "import.duplicate", duplicate.firstLine(), duplicate.key());
    }

    /** Names are the same when they are equal ignoring letter case and runs of white space. */
    static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<ActorRole> roles(RowReading row) {
        String cell = row.required(ROLES);
        List<ActorRole> roles = new ArrayList<>();
        boolean unknown = false;
        for (String part : cell.split("\\" + ROLE_SEPARATOR)) {
            if (!part.isBlank()) {
                try {
                    roles.add(ActorRole.parse(part));
                } catch (DomainException e) {
                    row.problem(ROLES, e.text());
                    unknown = true;
                }
            }
        }
        if (roles.isEmpty() && !cell.isEmpty() && !unknown) {
            row.problem(ROLES, Message.of(ActorFile.class, "import.noRole"));
        }
        return roles;
    }

    /** With any address field given, the postal code and the town are required. */
    private static Optional<PostalAddress> address(RowReading row) {
        if (row.isBlank(STREET) && row.isBlank(POSTAL_CODE) && row.isBlank(TOWN)) {
            return Optional.empty();
        }
        PostalCode postalCode = row.required(POSTAL_CODE, PostalCode::parse);
        String town = row.required(TOWN);
        if (postalCode == null || town.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostalAddress(Optional.of(row.text(STREET)), postalCode, town));
        } catch (DomainException e) {
            row.problem(e.text());
            return Optional.empty();
        }
    }

    /** A name as a duplicate key, shown as written in lower case. */
    private record NameKey(String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
