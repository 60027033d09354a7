package se.coompanion.sesi.application.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.application.actor.port.in.AddContact;
import se.coompanion.sesi.application.implementation.port.in.EditActivities;
import se.coompanion.sesi.application.implementation.port.in.EditAims;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ActivityView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.PrincipleView;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.ResultView;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.stakeholder.port.in.AssessStakeholder;
import se.coompanion.sesi.application.synthesis.SynthesisFixture;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.implementation.ActivityId;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.GapKind;
import se.coompanion.sesi.domain.implementation.HorizontalPrinciple;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.privacy.Erasure;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.PeopleGroup;

class ImplementationReviewServiceTest {

    private final ImplementationFixture fixture = ImplementationFixture.drafted();

    private List<Gap> gaps() {
        return fixture.sesi.implementation().checkImplementationDraft().check().gaps();
    }

    @Test
    void the_check_of_a_fresh_draft_names_what_the_fixtures_records_leave_open() {
        // the region's municipalities except Sundsvall (2281), where the only partner, Sundsvalls kommun, is
        List<String> withoutPartner = fixture.sesi.preStudy().showProjectFacts().show().targetMunicipalities().stream()
                .map(Municipality::code).filter(c -> !c.equals("2281")).toList();
        List<org.assertj.core.groups.Tuple> expected = new ArrayList<>(List.of(
                // no needs name an ESF+ target group, and no assessment is conducted: the records size neither
                tuple(GapKind.UNSUPPORTED_CLAIM, "group:INDIVIDUALS"),
                tuple(GapKind.UNSUPPORTED_CLAIM, "group:MUNICIPALITIES"),
                // Östersund raised work integration with priority high; no recommendation cites it
                tuple(GapKind.NEED_UNANSWERED, "WORK_INTEGRATION"),
                // the third of the three rated competences; no activity cites it, M1 addresses procurement only
                tuple(GapKind.GAP_UNANSWERED, "digital_skills"),
                tuple(GapKind.COUNTY_WITHOUT_PARTNER, "23")));
        withoutPartner.forEach(code -> expected.add(tuple(GapKind.MUNICIPALITY_WITHOUT_PARTNER, code)));
        expected.addAll(List.of(
                tuple(GapKind.INDICATOR_WITHOUT_TARGET, "A1/1"), tuple(GapKind.INDICATOR_WITHOUT_TARGET, "A1/2"),
                tuple(GapKind.INDICATOR_WITHOUT_TARGET, "A2/1"),
                tuple(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, "GENDER_EQUALITY"),
                tuple(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, "NON_DISCRIMINATION"),
                tuple(GapKind.PRINCIPLE_WITHOUT_ACTIVITY, "ACCESSIBILITY"),
                tuple(GapKind.ACTIVITY_UNDECIDED, "A1"), tuple(GapKind.ACTIVITY_UNDECIDED, "A2"),
                tuple(GapKind.ACTIVITY_WITHOUT_OUTPUT, "A1"), tuple(GapKind.ACTIVITY_WITHOUT_OUTPUT, "A2"),
                tuple(GapKind.SECTION_EMPTY, "AIMS"), tuple(GapKind.SECTION_EMPTY, "RISKS")));

        assertThat(gaps()).extracting(Gap::kind, Gap::subject).containsExactlyElementsOf(expected);
        assertThat(withoutPartner).hasSize(14);
    }

    @Test
    void evidence_that_stops_resolving_makes_the_check_name_every_claim_resting_on_it() {
        fixture.sesi.implementation().editActivities().edit(new EditActivities.Add("Samverkan med Sundsvall", null,
                List.of(), List.of("partner:212000-2411"), List.of()));
        fixture.sesi.implementation().editAims().edit(new EditAims.Add("Fler anbud", List.of(),
                List.of("need:PUBLIC_PROCUREMENT", "partner:sundsvalls-kommun")));
        assertThat(gaps()).noneMatch(g -> g.kind() == GapKind.UNSUPPORTED_CLAIM && !g.subject().startsWith("group:"))
                .noneMatch(g -> g.kind() == GapKind.BROKEN_EVIDENCE);

        // a re-assessment withdraws Sundsvalls kommun's candidacy: it is no longer on the partner shortlist
        fixture.sesi.stakeholders().assessStakeholder().assess(new AssessStakeholder.Command("sundsvalls-kommun", 4, 4,
                1, null, "NONE", "Avvaktar", SynthesisFixture.MARCH.plusDays(5)));

        assertThat(gaps()).filteredOn(g -> g.kind() == GapKind.UNSUPPORTED_CLAIM
                || g.kind() == GapKind.BROKEN_EVIDENCE).extracting(Gap::kind, Gap::subject,
                        g -> g.evidence().orElse("")).containsExactly(
                                tuple(GapKind.UNSUPPORTED_CLAIM, "group:INDIVIDUALS", ""),
                                tuple(GapKind.UNSUPPORTED_CLAIM, "group:MUNICIPALITIES", ""),
                                tuple(GapKind.UNSUPPORTED_CLAIM, "activity:A3", ""),
                                tuple(GapKind.UNSUPPORTED_CLAIM, "partner:sundsvalls-kommun", ""),
                                tuple(GapKind.BROKEN_EVIDENCE, "aim:1", "partner:sundsvalls-kommun"));
        Gap activity = gaps().stream().filter(g -> g.subject().equals("activity:A3")).findFirst().orElseThrow();
        assertThat(activity.text().format(Locale.ENGLISH)).isEqualTo("Activity A3 \"Samverkan med Sundsvall\" rests "
                + "on no evidence that resolves: partner:sundsvalls-kommun (Sundsvalls kommun (sundsvalls-kommun) is "
                + "not on the partner shortlist: its current assessment names no candidacy (\"sesi stakeholder "
                + "shortlist\"))");
    }

    @Test
    void the_read_model_holds_every_part_with_its_evidence_resolved_and_numbered_for_an_annex() {
        DraftView view = fixture.sesi.implementation().showImplementationDraft().show();

        assertThat(view.producedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(view.sizing()).extracting(s -> s.surveyed(), s -> s.returned(), s -> s.enterprises(),
                s -> s.municipalities(), s -> s.assessed()).containsExactly(4L, 4L, 2, 15, 0);
        ActivityView first = view.activities().get(0);
        assertThat(first.results()).extracting(r -> r.result().number(), ResultView::baseline).containsExactly(
                tuple(1, Optional.of(new BigDecimal("3.00"))), tuple(2, Optional.of(new BigDecimal("50.00"))));
        assertThat(view.activities().get(1).results()).extracting(ResultView::baseline)
                .containsExactly(Optional.of(new BigDecimal("2.00")));
        assertThat(first.support().recommendations()).extracting(l -> l.recommendation().number()).containsExactly(1);
        assertThat(first.support().resolves()).isTrue();
        assertThat(first.modules()).extracting(m -> m.module().map(x -> x.title()).orElse(""))
                .containsExactly("Upphandling");
        assertThat(first.needs()).containsExactly(NeedTheme.of(Theme.PUBLIC_PROCUREMENT));
        assertThat(first.competences()).extracting(c -> c.key().value()).containsExactly("public_procurement");
        assertThat(view.activities().get(1).competences()).extracting(c -> c.key().value())
                .containsExactly("financing_and_grants");
        assertThat(view.annex()).extracting(r -> r.reference().code()).containsExactly("need:PUBLIC_PROCUREMENT",
                "borich:public_procurement", "survey:behov_upphandling", "pilot:1/M1", "finding:1", "need:FINANCING",
                "borich:financing_and_grants", "partner:sundsvalls-kommun");
        assertThat(view.annex()).allMatch(ResolvedEvidence::resolves);
        assertThat(view.annexNumber(EvidenceReference.parse("borich:financing_and_grants"))).isEqualTo(7);
        assertThat(view.partners()).extracting(p -> p.actor().orElseThrow().name(), p -> p.shortlist().resolves())
                .containsExactly(tuple("Sundsvalls kommun", true));
        assertThat(view.gaps()).isEqualTo(gaps());
        PrincipleView gender = view.principles().get(0);
        assertThat(gender.work().principle()).isEqualTo(HorizontalPrinciple.GENDER_EQUALITY);
        assertThat(gender.people()).extracting(PrepareFinalReport.PeopleCount::group,
                PrepareFinalReport.PeopleCount::counts).containsExactly(
                        tuple(PeopleGroup.NEEDS_PARTICIPANTS, new GenderCounts(2, 1, 0, 0)),
                        tuple(PeopleGroup.SEMINAR_ATTENDEES, new GenderCounts(2, 1, 0, 0)),
                        tuple(PeopleGroup.PILOT_PARTICIPANTS, new GenderCounts(2, 1, 0, 0)));
        assertThat(view.principles().get(2).accessibility()).extracting(
                PrepareFinalReport.AccessibilityMeasure::measure).containsExactly("Hörslinga", "Material i förväg");
        assertThat(view.principles().get(1).targetGroups()).isNotEmpty();
        assertThat(gender.accessibility()).isEmpty();
    }

    @Test
    void a_merged_activity_shows_where_it_lives_on_and_principles_follow_it() {
        fixture.sesi.implementation().editActivities().edit(new EditActivities.Merge("A2", "A1"));
        fixture.sesi.implementation().editPrinciples().edit(
                new se.coompanion.sesi.application.implementation.port.in.EditPrinciples
                .Command("ACCESSIBILITY", "Material i förväg", List.of("A2"), List.of()));

        DraftView view = fixture.sesi.implementation().showImplementationDraft().show();

        assertThat(view.activities().get(1).now()).contains(new ActivityId(1));
        assertThat(view.principles().get(2).answeredBy()).containsExactly(new ActivityId(1));
        assertThat(view.liveActivities()).hasSize(1);
        assertThat(gaps()).noneMatch(g -> g.subject().equals("ACCESSIBILITY"));
    }

    @Test
    void a_person_mentioned_in_the_draft_is_exported_and_erased() {
        fixture.sesi.actors().addContact().add(new AddContact.Command("sundsvalls-kommun", "Karin Lindqvist", null,
                "karin@sundsvall.example", null, null));
        fixture.sesi.implementation().editAims().edit(new EditAims.Add("Karin Lindqvist leder styrgruppen", List.of(1),
                List.of()));

        List<PersonalRecord> exported = fixture.sesi.privacy().exportPersonalData().export("1").records();
        fixture.sesi.privacy().erasePersonalData().erase("1");

        assertThat(exported).extracting(PersonalRecord::store).contains("implementation_draft");
        assertThat(fixture.ports.implementationDrafts().find().orElseThrow().aim(1).text())
                .isEqualTo(Erasure.MARKER + " leder styrgruppen");
    }

    @Test
    void without_a_draft_there_is_nothing_to_show_or_check() {
        ImplementationFixture undrafted = new ImplementationFixture();

        assertThatThrownBy(() -> undrafted.sesi.implementation().showImplementationDraft().show())
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> undrafted.sesi.implementation().checkImplementationDraft().check())
                .isInstanceOf(NotFoundException.class).hasMessageContaining("sesi implementation draft");
    }
}
