package se.coompanion.sesi.application.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.AddActor;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.actor.port.in.ImportActors;
import se.coompanion.sesi.application.actor.port.in.ListActors;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.actor.ActorRole;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.OrganisationNumber;

class ActorServiceTest {

    private static final List<String> SWEDISH = List.of("organisationsnummer", "namn", "juridisk_form", "roller",
            "kommunkod", "utdelningsadress", "postnummer", "postort");

    /** The legal forms as the message lists them. */
    private static final String JURFORM_LIST = "49 Aktiebolag, 49 Aktiebolag med särskild vinstutdelningsbegränsning, "
            + "51 Ekonomisk förening, 53 Bostadsrättsförening, 54 Kooperativ hyresrättsförening, 61 Ideell förening, "
            + "72 Stiftelse, 82 Kommun, Region, Statlig myndighet, Handelsbolag, Enskild firma, Annan";

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private ImportReport importRows(List<String> header, List<List<String>> rows) {
        return importRows(header, rows, ImportOptions.ALL_OR_NOTHING);
    }

    private ImportReport importRows(List<String> header, List<List<String>> rows, ImportOptions options) {
        return sesi.actors().importActors().importActors(new ImportActors.Command(TabularSource.of("aktorer.csv",
                header, rows), options));
    }

    private static AddActor.Command add(String name, String number, String... roles) {
        return new AddActor.Command(name, number, null, List.of(roles), null, null, null, null, null, null);
    }

    private static List<String> problems(InvalidInputException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void imports_actors_with_several_roles_and_swedish_headers() {
        ImportReport report = importRows(SWEDISH, List.of(
                List.of("212000-2411", "Sundsvalls kommun", "82", "MUNICIPALITY", "2281", "", "851 85", "Sundsvall"),
                List.of("716460-3867", "Coompanion Västernorrland", "Ekonomisk förening",
                        "COOPERATIVE_DEVELOPMENT|ECONOMIC_ASSOCIATION", "2281", "Storgatan 1", "85233", "Sundsvall"),
                List.of("", "Arbetsförmedlingen", "Statlig myndighet", "public-agency", "", "", "", "")));

        assertThat(report.rowsStored()).isEqualTo(3);
        assertThat(report.warnings()).isEmpty();
        Actor coompanion = ports.actors().findByNumber(OrganisationNumber.parse("716460-3867")).orElseThrow();
        assertThat(coompanion.key().value()).isEqualTo("coompanion-vasternorrland");
        assertThat(coompanion.roles()).containsExactly(ActorRole.ECONOMIC_ASSOCIATION,
                ActorRole.COOPERATIVE_DEVELOPMENT);
        assertThat(coompanion.legalForm()).contains(LegalForm.EKONOMISK_FORENING);
        assertThat(coompanion.address().orElseThrow().oneLine()).isEqualTo("Storgatan 1, 852 33 Sundsvall");
        assertThat(coompanion.municipality()).contains(Municipality.of("2281"));
        Actor agency = ports.actors().find(new ActorKey("arbetsformedlingen")).orElseThrow();
        assertThat(agency.number()).isEmpty();
        assertThat(agency.address()).isEmpty();
        assertThat(agency.roles()).containsExactly(ActorRole.PUBLIC_AGENCY);
    }

    @Test
    void english_headers_in_any_order_and_a_note() {
        ImportReport report = importRows(List.of("name", "roles", "note"), List.of(
                List.of("Exempel ASF ek. för.", "ASF|SOCIAL_ENTERPRISE", "Fiktiv organisation (demo)")));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(ports.actors().all()).singleElement().satisfies(a -> {
            assertThat(a.note()).contains("Fiktiv organisation (demo)");
            assertThat(a.roles()).containsExactly(ActorRole.SOCIAL_ENTERPRISE,
                    ActorRole.WORK_INTEGRATION_SOCIAL_ENTERPRISE);
        });
    }

    @Test
    void a_group_digit_that_disagrees_with_the_legal_form_is_a_warning_and_the_row_is_stored() {
        ImportReport report = importRows(SWEDISH, List.of(
                List.of("716460-3867", "Föreningen Sju", "61", "NON_PROFIT_WITH_BUSINESS", "", "", "", "")));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(report.warnings()).extracting(Problem::toString).containsExactly(
                "aktorer.csv:2: organisationsnummer/org_number: Organisationsnummer 716460-3867 starts with group "
                        + "digit 7; the usual group for Ideell förening is 8. Check the legal form (a näringsdrivande "
                        + "ideell förening often has 7)");
    }

    @Test
    void every_problem_of_every_row_is_reported_and_nothing_is_stored() {
        assertThatThrownBy(() -> importRows(SWEDISH, List.of(
                List.of("716460-3868", "", "Kooperativ", "MUNICIPALITY|KOOPERATIV", "9999", "Storgatan 1", "", ""),
                List.of("212000-2411", "Sundsvalls kommun", "82", "", "2281", "", "", ""),
                List.of("", "Bara postort", "", "OTHER", "", "", "", "Sundsvall"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        "aktorer.csv:2: organisationsnummer/org_number: Organisationsnummer 716460-3868: check digit "
                                + "should be 7",
                        "aktorer.csv:2: namn/name: a value is required",
                        "aktorer.csv:2: juridisk_form/legal_form: Legal form Kooperativ: give a JURFORM code or a "
                                + "name: " + JURFORM_LIST,
                        "aktorer.csv:2: roller/roles: Role KOOPERATIV: allowed are MUNICIPALITY, REGION, "
                                + "PUBLIC_AGENCY, COORDINATION_ASSOCIATION, SOCIAL_ENTERPRISE, "
                                + "WORK_INTEGRATION_SOCIAL_ENTERPRISE, ECONOMIC_ASSOCIATION, NON_PROFIT_WITH_BUSINESS, "
                                + "COOPERATIVE_DEVELOPMENT, ACADEMIA, COMPANY, FUNDER, OTHER (MUNICIPALITY|KOOPERATIV)",
                        "aktorer.csv:2: kommunkod/municipality_code: Municipality code 9999: not one of the 290 "
                                + "Swedish municipality codes",
                        "aktorer.csv:2: postnummer/postal_code: a value is required",
                        "aktorer.csv:2: postort/town: a value is required",
                        "aktorer.csv:3: roller/roles: a value is required",
                        "aktorer.csv:4: postnummer/postal_code: a value is required"));
        assertThat(ports.actors().all()).isEmpty();
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void a_roles_cell_with_only_separators_names_no_role() {
        assertThatThrownBy(() -> importRows(List.of("namn", "roller"), List.of(List.of("Föreningen", " | "))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        "aktorer.csv:2: roller/roles: at least one role is required, joined with | (for example "
                                + "SOCIAL_ENTERPRISE|ECONOMIC_ASSOCIATION)"));
    }

    @Test
    void a_number_already_in_the_register_rejects_the_row_naming_the_registered_actor() {
        sesi.actors().addActor().add(add("Sundsvalls kommun", "212000-2411", "MUNICIPALITY"));
        importRows(List.of("namn", "roller"), List.of(List.of("Arbetsförmedlingen", "PUBLIC_AGENCY")));

        assertThatThrownBy(() -> importRows(SWEDISH, List.of(
                List.of("2120002411", "Sundsvall", "82", "MUNICIPALITY", "2281", "", "", ""),
                List.of("", "ARBETSFÖRMEDLINGEN", "", "PUBLIC_AGENCY", "", "", "", ""),
                List.of("", "Ny förening", "", "OTHER", "", "", "", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        "aktorer.csv:2: organisationsnummer/org_number: this organisationsnummer is already in the "
                                + "register: Sundsvalls kommun (sundsvalls-kommun, 212000-2411) (2120002411)",
                        "aktorer.csv:3: namn/name: an actor of this name is already in the register: "
                                + "Arbetsförmedlingen (arbetsformedlingen). Without an organisationsnummer the name "
                                + "identifies the actor; give the organisationsnummer to register another of the same "
                                + "name (ARBETSFÖRMEDLINGEN)"));
        assertThat(ports.actors().count()).isEqualTo(2);
    }

    @Test
    void skip_invalid_stores_the_new_rows_and_rejects_those_already_registered() {
        sesi.actors().addActor().add(add("Sundsvalls kommun", "212000-2411", "MUNICIPALITY"));
        List<Integer> rejected = new ArrayList<>();

        ImportReport report = importRows(SWEDISH, List.of(
                List.of("212000-2411", "Sundsvalls kommun", "82", "MUNICIPALITY", "2281", "", "", ""),
                List.of("", "Timrå kommun", "82", "MUNICIPALITY", "2262", "", "", "")),
                ImportOptions.skipInvalid((header, row, problems) -> rejected.add(row.line())));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(report.rowsRejected()).isEqualTo(1);
        assertThat(rejected).containsExactly(2);
        assertThat(ports.actors().find(new ActorKey("timra-kommun"))).isPresent();
    }

    @Test
    void the_same_number_or_the_same_name_twice_in_one_file_is_a_duplicate() {
        assertThatThrownBy(() -> importRows(List.of("organisationsnummer", "namn", "roller"), List.of(
                List.of("716460-3867", "Coompanion", "OTHER"),
                List.of("7164603867", "Coompanion igen", "OTHER"),
                List.of("", "Föreningen", "OTHER"),
                List.of("", " föreningen ", "OTHER"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).containsExactly(
                        "aktorer.csv:3: the same organisationsnummer, or name without one, as line 2 (716460-3867)",
                        "aktorer.csv:5: the same organisationsnummer, or name without one, as line 4 (föreningen)"));
    }

    @Test
    void names_that_give_the_same_key_get_numbered_keys_and_the_same_file_again_is_a_no_op() {
        List<List<String>> rows = List.of(List.of("Ånge kommun", "MUNICIPALITY"), List.of("Ange kommun", "OTHER"),
                List.of("ANGE  KOMMUN AB", "COMPANY"));
        sesi.actors().addActor().add(add("Ånge - kommun", null, "OTHER"));

        ImportReport first = importRows(List.of("namn", "roller"), rows);
        ImportReport again = importRows(List.of("namn", "roller"), rows);

        assertThat(first.rowsStored()).isEqualTo(3);
        assertThat(ports.actors().all()).extracting(a -> a.key().value())
                .containsExactly("ange-kommun", "ange-kommun-2", "ange-kommun-3", "ange-kommun-ab");
        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.rowsStored()).isZero();
        assertThat(ports.actors().count()).isEqualTo(4);
    }

    @Test
    void adding_an_actor_reports_every_problem_and_a_clash_is_a_conflict() {
        assertThatThrownBy(() -> sesi.actors().addActor().add(new AddActor.Command("Ny", "716460-3868", "Kooperativ",
                List.of("ASF", "NOPE"), "22", null, "1234", null, "1-key", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(problems(e)).hasSize(7)
                        .anyMatch(p -> p.startsWith("orgNumber: Organisationsnummer 716460-3868"))
                        .anyMatch(p -> p.startsWith("legalForm: Legal form Kooperativ"))
                        .anyMatch(p -> p.startsWith("roles: Role NOPE"))
                        .anyMatch(p -> p.startsWith("municipalityCode: Municipality code 22"))
                        .anyMatch(p -> p.startsWith("postalCode: Postal code 1234"))
                        .anyMatch(p -> p.equals("town: a value is required"))
                        .anyMatch(p -> p.startsWith("key: Actor key 1-key")));

        AddActor.Result added = sesi.actors().addActor().add(new AddActor.Command("Föreningen Sju", "716460-3867",
                "Ideell förening", List.of("NON_PROFIT_WITH_BUSINESS"), "2281", "Box 1", "851 02", "Sundsvall",
                "sju", null));
        assertThat(added.actor().key()).isEqualTo(new ActorKey("sju"));
        assertThat(added.warnings()).hasSize(1);

        assertThatThrownBy(() -> sesi.actors().addActor().add(add("Någon annan", "716460-3867", "OTHER")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Föreningen Sju (sju, 716460-3867)");
        assertThatThrownBy(() -> sesi.actors().addActor().add(new AddActor.Command("Annan", null, null,
                List.of("OTHER"), null, null, null, null, "sju", null))).isInstanceOf(ConflictException.class)
                .hasMessage("The key sju is already the key of Föreningen Sju (sju, 716460-3867)");
        assertThatThrownBy(() -> sesi.actors().addActor().add(add("Inga roller", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one role");
    }

    @Test
    void list_filters_by_role_and_counts_contacts_and_show_finds_by_number_or_key() {
        sesi.actors().addActor().add(add("Sundsvalls kommun", "212000-2411", "MUNICIPALITY"));
        sesi.actors().addActor().add(add("Region Västernorrland", null, "REGION", "FUNDER"));
        sesi.actors().addContact().add(new AddContact.Command("sundsvalls-kommun", "Karin Lindqvist", null, null, null,
                null));
        sesi.actors().addContact().add(new AddContact.Command("212000-2411", "Per Holm", null, null, null, null));

        assertThat(sesi.actors().listActors().list(ListActors.Query.ALL)).extracting(l -> l.actor().key().value(),
                ListActors.Listed::contacts).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("region-vasternorrland", 0),
                        org.assertj.core.groups.Tuple.tuple("sundsvalls-kommun", 2));
        assertThat(sesi.actors().listActors().list(new ListActors.Query(Optional.of(ActorRole.FUNDER))))
                .extracting(l -> l.actor().name()).containsExactly("Region Västernorrland");
        assertThat(sesi.actors().showActor().show("2120002411").contacts()).extracting(c -> c.details().name())
                .containsExactly("Karin Lindqvist", "Per Holm");
        assertThat(sesi.actors().showActor().show("Region-Vasternorrland").actor().name()).isEqualTo(
                "Region Västernorrland");
        assertThatThrownBy(() -> sesi.actors().showActor().show("ange-kommun")).isInstanceOf(NotFoundException.class)
                .hasMessage("Actor ange-kommun is not in the register: \"sesi actor list\" shows the keys and "
                        + "organisationsnummer");
        assertThatThrownBy(() -> sesi.actors().showActor().show("556016-0680")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sesi.actors().showActor().show("Sundsvalls kommun")).isInstanceOf(
                InvalidInputException.class)
                .hasMessageStartingWith("actor: Actor Sundsvalls kommun: give an organisationsnummer");
    }
}
