package se.coompanion.sesi.application.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.needs.port.in.ChangeAssessmentStatus;
import se.coompanion.sesi.application.needs.port.in.ImportNeeds;
import se.coompanion.sesi.application.needs.port.in.ListNeeds;
import se.coompanion.sesi.application.needs.port.in.PlanNeedsAssessment;
import se.coompanion.sesi.application.needs.port.in.RecordMeeting;
import se.coompanion.sesi.application.needs.port.in.RecordNeed;
import se.coompanion.sesi.application.needs.port.in.Recorded;
import se.coompanion.sesi.application.needs.port.in.TallyNeedThemes;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.application.shared.ImportOptions;
import se.coompanion.sesi.application.shared.ImportReport;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.TabularSource;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;
import se.coompanion.sesi.application.testing.TestValidation;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.NeedsCoverage;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.needs.ThemeTally;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.ActivityProgress;
import se.coompanion.sesi.domain.prestudy.ProgressStatus;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

class NeedsServiceTest {

    /** cli.md's Swedish header, exactly. */
    static final List<String> SWEDISH = List.of("kommunkod", "tema", "prioritet", "malgrupper", "beskrivning",
            "befintligt_stod");
    static final Municipality SUNDSVALL = Municipality.of("2281");
    static final Municipality OSTERSUND = Municipality.of("2380");
    static final Municipality GAVLE = Municipality.of("2180");
    /** TestValidation's clock: 2024-03-15 in Sundsvall. */
    static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    private final InMemorySesiPorts ports = new InMemorySesiPorts();
    private final SesiApplication sesi = TestValidation.application(ports);

    private ImportReport importRows(List<String> header, List<List<String>> rows) {
        return sesi.needs().importNeeds().importNeeds(new ImportNeeds.Command(TabularSource.of("behov.csv", header,
                rows), ImportOptions.ALL_OR_NOTHING));
    }

    private void status(Municipality municipality, AssessmentStatus status) {
        sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(municipality, status, null,
                false, null));
    }

    private Recorded meeting(Municipality municipality) {
        return sesi.needs().recordMeeting().record(new RecordMeeting.Command(municipality, LocalDate.of(2024, 3, 12),
                MeetingFormat.ON_SITE, List.of("Näringslivschef", "Socialchef"), 2, 1, 0, 0, null));
    }

    private ActivityProgress needsProgress() {
        return sesi.preStudy().showProgress().show().activities().stream().filter(
                a -> a.key() == ActivityKey.NEEDS_ANALYSIS)
                .findFirst().orElseThrow();
    }

    @Test
    void an_assessment_is_planned_once_and_moves_through_the_flow() {
        NeedsAssessment planned = sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(SUNDSVALL,
                LocalDate.of(2024, 2, 1)));

        assertThat(planned.status()).isEqualTo(AssessmentStatus.PLANNED);
        assertThat(planned.latestChange().date()).isEqualTo("2024-02-01");
        assertThatThrownBy(() -> sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(SUNDSVALL,
                null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("planned already");

        status(SUNDSVALL, AssessmentStatus.BOOKED);
        ChangeAssessmentStatus.Result conducted = sesi.needs().changeAssessmentStatus().change(
                new ChangeAssessmentStatus.Command(SUNDSVALL, AssessmentStatus.CONDUCTED, LocalDate.of(2024, 3, 20),
                        false, null));

        assertThat(conducted.assessment().status()).isEqualTo(AssessmentStatus.CONDUCTED);
        assertThat(ports.needsAssessments().find(SUNDSVALL).orElseThrow().history()).extracting(c -> c.to())
                .containsExactly(AssessmentStatus.PLANNED, AssessmentStatus.BOOKED, AssessmentStatus.CONDUCTED);
        // the booking had no date: it is today
        assertThat(ports.needsAssessments().find(SUNDSVALL).orElseThrow().history().get(1).date()).isEqualTo(TODAY);
    }

    @Test
    void a_step_back_without_reopening_is_a_conflict_and_a_reopening_keeps_its_reason() {
        sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(SUNDSVALL, LocalDate.of(2024, 2, 1)));
        status(SUNDSVALL, AssessmentStatus.VALIDATED);

        assertThatThrownBy(() -> status(SUNDSVALL, AssessmentStatus.CONDUCTED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("give --reopen and a reason");
        assertThatThrownBy(() -> sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(
                SUNDSVALL, AssessmentStatus.CONDUCTED, null, true, " "))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> status(SUNDSVALL, AssessmentStatus.VALIDATED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already validated");

        sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(SUNDSVALL,
                AssessmentStatus.CONDUCTED, null, true, "Kommunen vill komplettera med upphandling"));

        NeedsAssessment stored = ports.needsAssessments().find(SUNDSVALL).orElseThrow();
        assertThat(stored.status()).isEqualTo(AssessmentStatus.CONDUCTED);
        assertThat(stored.latestChange().reason()).contains("Kommunen vill komplettera med upphandling");
        assertThat(stored.history()).hasSize(3);
    }

    @Test
    void a_status_change_needs_an_assessment() {
        assertThatThrownBy(() -> status(SUNDSVALL, AssessmentStatus.BOOKED)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no needs assessment for 2281 Sundsvall: plan one with \"sesi needs plan 2281\"");
    }

    @Test
    void a_meeting_or_a_need_plans_the_assessment_when_it_has_none() {
        Recorded first = meeting(OSTERSUND);
        Recorded second = meeting(OSTERSUND);

        assertThat(first.planned()).isTrue();
        assertThat(second.planned()).isFalse();
        NeedsAssessment stored = ports.needsAssessments().find(OSTERSUND).orElseThrow();
        assertThat(stored.status()).isEqualTo(AssessmentStatus.PLANNED);
        assertThat(stored.meetings()).hasSize(2);
        assertThat(stored.meetings().get(0).participants().women()).isEqualTo(2);
        assertThat(stored.meetings().get(0).roles()).containsExactly("Näringslivschef", "Socialchef");

        Recorded need = sesi.needs().recordNeed().record(new RecordNeed.Command(SUNDSVALL, NeedTheme.other("Bostäder"),
                Priority.HIGH, Set.of(TargetGroup.YOUNG_NEET), "Boende för unga i arbetsträning", null, "Intervju"));
        assertThat(need.planned()).isTrue();
        assertThat(ports.needsAssessments().find(SUNDSVALL).orElseThrow().needs()).singleElement()
                .satisfies(n -> {
                    assertThat(n.theme().code()).isEqualTo("OTHER: Bostäder");
                    assertThat(n.evidence()).contains("Intervju");
                    assertThat(n.existingSupport()).isEmpty();
                });
    }

    @Test
    void a_meeting_without_participants_is_bad_input_and_stores_nothing() {
        assertThatThrownBy(() -> sesi.needs().recordMeeting().record(new RecordMeeting.Command(OSTERSUND,
                LocalDate.of(2024, 3, 12), MeetingFormat.PHONE, List.of(), 0, 0, 0, 0, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one participant");
        assertThatThrownBy(() -> sesi.needs().recordMeeting().record(new RecordMeeting.Command(OSTERSUND,
                LocalDate.of(2024, 3, 12), MeetingFormat.PHONE, List.of(), -1, 2, 0, 0, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("women");
        assertThat(ports.needsAssessments().all()).isEmpty();
    }

    @Test
    void a_validated_assessment_takes_no_new_need_until_it_is_reopened() {
        meeting(SUNDSVALL);
        status(SUNDSVALL, AssessmentStatus.VALIDATED);
        RecordNeed.Command need = new RecordNeed.Command(SUNDSVALL, NeedTheme.of(Theme.FINANCING), Priority.LOW,
                Set.of(), "Mikrolån", null, null);

        assertThatThrownBy(() -> sesi.needs().recordNeed().record(need)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("is validated");

        sesi.needs().changeAssessmentStatus().change(new ChangeAssessmentStatus.Command(SUNDSVALL,
                AssessmentStatus.CONDUCTED, null, true, "Nya behov"));
        sesi.needs().recordNeed().record(need);
        assertThatThrownBy(() -> sesi.needs().recordNeed().record(need)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has this need");
    }

    @Test
    void the_import_reads_cli_mds_header_creates_missing_assessments_and_counts_themes() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(SUNDSVALL, LocalDate.of(2024, 2, 1)));

        ImportReport report = importRows(SWEDISH, List.of(
                List.of("2281", "WORK_INTEGRATION", "HIGH", "LONG_TERM_UNEMPLOYED|FOREIGN_BORN",
                        "Fler platser i arbetsträning", "Jobbcentrum"),
                List.of("2281", "work-integration", "låg", "", "Handledare i ASF", ""),
                List.of("2380", "WORK_INTEGRATION", "medel", "YOUNG_NEET", "Unga utanför arbetsmarknaden", ""),
                List.of("2380", "OTHER: Bostäder", "HIGH", "", "Boende", ""),
                List.of("2180", "FINANCING", "HIGH", "", "Lån", "")));

        assertThat(report.rowsStored()).isEqualTo(5);
        assertThat(ports.needsAssessments().all()).extracting(a -> a.municipality().code())
                .containsExactly("2180", "2281", "2380");
        NeedsAssessment ostersund = ports.needsAssessments().find(OSTERSUND).orElseThrow();
        assertThat(ostersund.status()).isEqualTo(AssessmentStatus.PLANNED);
        assertThat(ostersund.latestChange().date()).isEqualTo(TODAY);
        assertThat(ports.needsAssessments().find(SUNDSVALL).orElseThrow().needs().get(0).targetGroups())
                .containsExactly(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.FOREIGN_BORN);

        TallyNeedThemes.Result themes = sesi.needs().tallyNeedThemes().tally(new TallyNeedThemes.Query(false));
        // work integration: Sundsvall (HIGH and LOW: HIGH) and Östersund (MEDIUM) = 2; Gävle is outside the region
        assertThat(themes.tallies().get(0)).isEqualTo(new ThemeTally(NeedTheme.of(Theme.WORK_INTEGRATION),
                java.util.Optional.empty(), 2, 1, 1, 0));
        assertThat(themes.outsideNeeds()).isEqualTo(1);
        NeedsCoverage coverage = sesi.needs().showNeedsCoverage().show().coverage();
        assertThat(coverage.assessed()).isEqualTo(2);
        assertThat(coverage.outside()).extracting(r -> r.municipality()).containsExactly(GAVLE);
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_column_and_nothing_is_stored() {
        sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(OSTERSUND, LocalDate.of(2024, 2, 1)));
        status(OSTERSUND, AssessmentStatus.VALIDATED);

        assertThatThrownBy(() -> importRows(SWEDISH, List.of(
                List.of("281", "WORK_INTEGRATION", "HIGH", "", "a", ""),
                List.of("2281", "WORK", "urgent", "YOUTH", "", ""),
                List.of("2281", "FINANCING", "HIGH", "", "Lån", ""),
                List.of("2281", "financing", "LOW", "", "lån", ""),
                List.of("2380", "FINANCING", "HIGH", "", "Lån", ""))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString).containsExactly(
                                "behov.csv:2: kommunkod/municipality_code: Municipality code 281: write the four-digit SCB "
                                        + "code (for example 2281 for Sundsvall)",
                                "behov.csv:3: tema/theme: Theme WORK: allowed are WORK_INTEGRATION, SKILLS_SUPPLY, "
                                        + "PUBLIC_PROCUREMENT, SERVICE_IN_SPARSE_AREAS, FINANCING, BUSINESS_DEVELOPMENT,"
                                        + " COLLABORATION_STRUCTURE, KNOWLEDGE_AND_STATUS, WOMENS_ENTREPRENEURSHIP, OTHER",
                                "behov.csv:3: prioritet/priority: Priority urgent: allowed are HIGH, MEDIUM, LOW (or "
                                        + "hög, medel, låg)",
                                "behov.csv:3: malgrupper/target_groups: Target group YOUTH: allowed are "
                                        + "LONG_TERM_UNEMPLOYED, YOUNG_NEET, PEOPLE_WITH_DISABILITIES, FOREIGN_BORN, "
                                        + "OLDER_WORKERS, LONG_TERM_SICK, WOMEN_FAR_FROM_LABOUR_MARKET, OTHER (join "
                                        + "several with |)",
                                "behov.csv:3: beskrivning/description: a value is required",
                                "behov.csv:5: the same municipality, theme and description as line 4 (2281 / financing / lån)",
                                "behov.csv:6: kommunkod/municipality_code: The needs assessment of 2380 Östersund is "
                                        + "validated: the municipality confirmed its needs. Reopen it (sesi needs "
                                        + "status 2380 CONDUCTED --reopen --reason ...) before adding needs"));
        assertThat(ports.needsAssessments().all()).singleElement()
                .satisfies(a -> assertThat(a.needs()).isEmpty());
        assertThat(ports.importLog().all()).isEmpty();
    }

    @Test
    void a_need_stored_already_is_a_problem_of_its_row_and_the_same_file_twice_stores_nothing() {
        List<List<String>> rows = List.of(List.of("2281", "FINANCING", "HIGH", "", "Lån", ""));
        importRows(SWEDISH, rows);

        ImportReport again = importRows(SWEDISH, rows);
        assertThat(again.alreadyImported()).isTrue();

        assertThatThrownBy(() -> importRows(List.of("municipality_code", "theme", "priority", "description"),
                List.of(List.of("2281", "FINANCING", "LOW", "LÅN"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("behov.csv:2: beskrivning/description: 2281 Sundsvall already has this need");
        assertThat(ports.needsAssessments().find(SUNDSVALL).orElseThrow().needs()).hasSize(1);
    }

    @Test
    void skip_invalid_keeps_the_good_rows() {
        List<String> rejected = new ArrayList<>();
        ImportReport report =
                sesi.needs().importNeeds().importNeeds(new ImportNeeds.Command(TabularSource.of("behov.csv",
                SWEDISH, List.of(List.of("2281", "FINANCING", "HIGH", "", "Lån", ""),
                        List.of("9999", "FINANCING", "HIGH", "", "Lån", ""))),
                ImportOptions.skipInvalid((header, row, problems) -> rejected.add(row.line() + ""))));

        assertThat(report.rowsStored()).isEqualTo(1);
        assertThat(rejected).containsExactly("3");
    }

    @Test
    void progress_counts_conducted_and_validated_municipalities_of_the_region_against_the_plans_fifteen() {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        assertThat(needsProgress().status()).isEqualTo(ProgressStatus.NOT_STARTED);
        assertThat(needsProgress().target()).isEqualTo(15);

        meeting(SUNDSVALL);
        status(SUNDSVALL, AssessmentStatus.CONDUCTED);
        meeting(OSTERSUND);
        status(OSTERSUND, AssessmentStatus.VALIDATED);
        sesi.needs().planNeedsAssessment().plan(new PlanNeedsAssessment.Command(Municipality.of("2260"), null));
        meeting(GAVLE);
        status(GAVLE, AssessmentStatus.VALIDATED);

        ActivityProgress progress = needsProgress();
        // Sundsvall conducted + Östersund validated = 2 of 15; Ånge planned does not count; Gävle is outside
        assertThat(progress.actual()).isEqualTo(2);
        assertThat(progress.target()).isEqualTo(15);
        assertThat(progress.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
        assertThat(progress.details()).extracting(Object::toString).containsExactly(
                "1 conducted, 1 validated, 1 planned or booked, 12 missing", "1 outside the target set (not counted)");
    }

    @Test
    void an_assessment_is_shown_with_whether_it_lies_outside_the_region() {
        meeting(GAVLE);
        meeting(SUNDSVALL);
        // without a pre-study there is no region to lie outside of
        assertThat(sesi.needs().showNeedsAssessment().show(GAVLE).outsideTarget()).isFalse();

        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());

        assertThat(sesi.needs().showNeedsAssessment().show(GAVLE).outsideTarget()).isTrue();
        assertThat(sesi.needs().showNeedsAssessment().show(SUNDSVALL).outsideTarget()).isFalse();
        assertThat(sesi.needs().showNeedsAssessment().show(SUNDSVALL).assessment().meetings()).hasSize(1);
        assertThatThrownBy(() -> sesi.needs().showNeedsAssessment().show(OSTERSUND)).isInstanceOf(
                NotFoundException.class);
    }

    @Test
    void coverage_and_themes_need_a_pre_study() {
        assertThatThrownBy(() -> sesi.needs().showNeedsCoverage().show()).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("sesi init");
        assertThatThrownBy(() -> sesi.needs().tallyNeedThemes().tally(new TallyNeedThemes.Query(true)))
                .isInstanceOf(NotFoundException.class);
    }

    private void need(Municipality municipality, Theme theme, Priority priority, String description) {
        sesi.needs().recordNeed().record(new RecordNeed.Command(municipality, NeedTheme.of(theme), priority,
                Set.of(TargetGroup.FOREIGN_BORN), description, null, null));
    }

    private static List<String> listed(ListNeeds.Result result) {
        return result.rows().stream().map(row -> row.municipality().code() + " " + row.need().priority() + " "
                + row.need().description() + (row.outsideTarget() ? " (outside)" : "")).toList();
    }

    @Test
    void every_need_is_listed_by_municipality_code_high_priority_first_and_filtered_by_theme_or_priority() {
        assertThat(sesi.needs().listNeeds().list(ListNeeds.Query.all()).rows()).isEmpty();
        need(SUNDSVALL, Theme.FINANCING, Priority.LOW, "Lån till kooperativ");
        need(SUNDSVALL, Theme.WORK_INTEGRATION, Priority.HIGH, "Platser för arbetsträning");
        need(OSTERSUND, Theme.FINANCING, Priority.HIGH, "Startkapital");
        need(GAVLE, Theme.FINANCING, Priority.MEDIUM, "Mikrolån");
        status(SUNDSVALL, AssessmentStatus.CONDUCTED);

        ListNeeds.Result all = sesi.needs().listNeeds().list(ListNeeds.Query.all());

        // without a pre-study nothing lies outside a region
        assertThat(listed(all)).containsExactly("2180 MEDIUM Mikrolån", "2281 HIGH Platser för arbetsträning",
                "2281 LOW Lån till kooperativ", "2380 HIGH Startkapital");
        assertThat(all.rows().get(1).status()).isEqualTo(AssessmentStatus.CONDUCTED);
        assertThat(all.rows().get(3).status()).isEqualTo(AssessmentStatus.PLANNED);

        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
        assertThat(listed(sesi.needs().listNeeds().list(new ListNeeds.Query(
                Optional.of(NeedTheme.of(Theme.FINANCING)), Optional.empty())))).containsExactly(
                        "2180 MEDIUM Mikrolån (outside)", "2281 LOW Lån till kooperativ", "2380 HIGH Startkapital");
        assertThat(listed(sesi.needs().listNeeds().list(new ListNeeds.Query(Optional.empty(),
                Optional.of(Priority.HIGH))))).containsExactly("2281 HIGH Platser för arbetsträning",
                        "2380 HIGH Startkapital");
        assertThat(sesi.needs().listNeeds().list(new ListNeeds.Query(Optional.of(NeedTheme.of(Theme.FINANCING)),
                Optional.of(Priority.HIGH))).rows()).extracting(row -> row.municipality()).containsExactly(OSTERSUND);
    }
}
