package se.coompanion.sesi.adapters.persistence.needs;

import static se.coompanion.sesi.adapters.persistence.jooq.Tables.NEED;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.NEEDS_ASSESSMENT;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.NEEDS_MEETING;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.NEEDS_MEETING_ROLE;
import static se.coompanion.sesi.adapters.persistence.jooq.Tables.NEEDS_STATUS_CHANGE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.NeedRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.NeedsAssessmentRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.NeedsMeetingRecord;
import se.coompanion.sesi.adapters.persistence.jooq.tables.records.NeedsStatusChangeRecord;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.needs.AssessmentStatus;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.MeetingFormat;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.Priority;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.needs.TargetGroup;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.shared.Theme;

/**
 * The needs assessments in tables {@code needs_assessment}, {@code needs_status_change}, {@code needs_meeting},
 * {@code needs_meeting_role} and {@code need}. Children keep their order by id. Reading all assessments takes one
 * query per table, whatever their number.
 */
public final class JooqNeedsAssessments implements NeedsAssessments {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    public JooqNeedsAssessments(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<NeedsAssessment> find(Municipality municipality) {
        List<NeedsAssessment> found = load(NEEDS_ASSESSMENT.MUNICIPALITY_CODE.eq(municipality.code()));
        return found.stream().findFirst();
    }

    @Override
    public List<NeedsAssessment> all() {
        return load(DSL.trueCondition());
    }

    @Override
    public void add(NeedsAssessment assessment) {
        if (dsl.fetchExists(NEEDS_ASSESSMENT, NEEDS_ASSESSMENT.MUNICIPALITY_CODE.eq(assessment.municipality().code()))) {
            throw new ConflictException(Message.of(JooqNeedsAssessments.class, "needs.assessmentExists",
                    assessment.municipality()));
        }
        long id = dsl.insertInto(NEEDS_ASSESSMENT)
                .set(NEEDS_ASSESSMENT.MUNICIPALITY_CODE, assessment.municipality().code())
                .set(NEEDS_ASSESSMENT.STATUS, assessment.status().name())
                .returningResult(NEEDS_ASSESSMENT.ID).fetchOne().value1();
        assessment.history().forEach(change -> insertChange(id, change));
        assessment.meetings().forEach(meeting -> insertMeeting(id, meeting));
        insertNeeds(assessment.needs().stream().map(n -> new Keyed(id, n)).toList());
    }

    @Override
    public void addChange(Municipality municipality, StatusChange change) {
        long id = idOf(municipality);
        dsl.update(NEEDS_ASSESSMENT).set(NEEDS_ASSESSMENT.STATUS, change.to().name())
                .where(NEEDS_ASSESSMENT.ID.eq(id)).execute();
        insertChange(id, change);
    }

    @Override
    public void addMeeting(Municipality municipality, Meeting meeting) {
        insertMeeting(idOf(municipality), meeting);
    }

    @Override
    public void addNeeds(List<RaisedNeed> needs) {
        Map<String, Long> ids = dsl.select(NEEDS_ASSESSMENT.MUNICIPALITY_CODE, NEEDS_ASSESSMENT.ID)
                .from(NEEDS_ASSESSMENT)
                .where(NEEDS_ASSESSMENT.MUNICIPALITY_CODE.in(needs.stream().map(n -> n.municipality().code())
                        .collect(Collectors.toSet())))
                .fetchMap(NEEDS_ASSESSMENT.MUNICIPALITY_CODE, NEEDS_ASSESSMENT.ID);
        List<Keyed> keyed = new ArrayList<>();
        for (RaisedNeed raised : needs) {
            Long id = ids.get(raised.municipality().code());
            if (id == null) {
                throw new IllegalStateException("no assessment stored for " + raised.municipality());
            }
            keyed.add(new Keyed(id, raised.need()));
        }
        insertNeeds(keyed);
    }

    private long idOf(Municipality municipality) {
        return dsl.select(NEEDS_ASSESSMENT.ID).from(NEEDS_ASSESSMENT)
                .where(NEEDS_ASSESSMENT.MUNICIPALITY_CODE.eq(municipality.code()))
                .fetchOptional(NEEDS_ASSESSMENT.ID)
                .orElseThrow(() -> new IllegalStateException("no assessment stored for " + municipality));
    }

    private void insertChange(long assessmentId, StatusChange change) {
        dsl.insertInto(NEEDS_STATUS_CHANGE)
                .set(NEEDS_STATUS_CHANGE.ASSESSMENT_ID, assessmentId)
                .set(NEEDS_STATUS_CHANGE.FROM_STATUS, change.from().map(Enum::name).orElse(null))
                .set(NEEDS_STATUS_CHANGE.TO_STATUS, change.to().name())
                .set(NEEDS_STATUS_CHANGE.CHANGED_ON, change.date())
                .set(NEEDS_STATUS_CHANGE.IS_REOPENING, change.reopen())
                .set(NEEDS_STATUS_CHANGE.REASON, change.reason().orElse(null))
                .execute();
    }

    private void insertMeeting(long assessmentId, Meeting meeting) {
        GenderCounts people = meeting.participants();
        long id = dsl.insertInto(NEEDS_MEETING)
                .set(NEEDS_MEETING.ASSESSMENT_ID, assessmentId)
                .set(NEEDS_MEETING.MEETING_DATE, meeting.date())
                .set(NEEDS_MEETING.MEETING_FORMAT, meeting.format().name())
                .set(NEEDS_MEETING.WOMEN, people.women())
                .set(NEEDS_MEETING.MEN, people.men())
                .set(NEEDS_MEETING.NON_BINARY, people.nonBinary())
                .set(NEEDS_MEETING.NOT_STATED, people.notStated())
                .set(NEEDS_MEETING.NOTE, meeting.note().orElse(null))
                .returningResult(NEEDS_MEETING.ID).fetchOne().value1();
        for (int i = 0; i < meeting.roles().size(); i++) {
            dsl.insertInto(NEEDS_MEETING_ROLE)
                    .set(NEEDS_MEETING_ROLE.MEETING_ID, id)
                    .set(NEEDS_MEETING_ROLE.ROLE_ORDER, i)
                    .set(NEEDS_MEETING_ROLE.ROLE_NAME, meeting.roles().get(i))
                    .execute();
        }
    }

    /** A need and the id of its assessment. */
    private record Keyed(long assessmentId, Need need) {
    }

    private void insertNeeds(List<Keyed> needs) {
        for (int from = 0; from < needs.size(); from += CHUNK) {
            var batch = dsl.batch(dsl.insertInto(NEED, NEED.ASSESSMENT_ID, NEED.THEME_CODE, NEED.THEME_LABEL,
                    NEED.PRIORITY, NEED.TARGET_GROUPS, NEED.DESCRIPTION, NEED.EXISTING_SUPPORT, NEED.EVIDENCE)
                    .values((Long) null, null, null, null, null, null, null, null));
            for (Keyed keyed : needs.subList(from, Math.min(from + CHUNK, needs.size()))) {
                Need n = keyed.need();
                batch.bind(keyed.assessmentId(), n.theme().theme().name(), n.theme().label().orElse(null),
                        n.priority().name(), groups(n.targetGroups()), n.description(),
                        n.existingSupport().orElse(null), n.evidence().orElse(null));
            }
            batch.execute();
        }
    }

    private static String groups(Collection<TargetGroup> groups) {
        return groups.isEmpty() ? null : groups.stream().map(Enum::name)
                .collect(Collectors.joining(String.valueOf(TargetGroup.SEPARATOR)));
    }

    private List<NeedsAssessment> load(Condition which) {
        List<NeedsAssessmentRecord> heads = dsl.selectFrom(NEEDS_ASSESSMENT).where(which)
                .orderBy(NEEDS_ASSESSMENT.MUNICIPALITY_CODE).fetch();
        if (heads.isEmpty()) {
            return List.of();
        }
        var ids = heads.stream().map(NeedsAssessmentRecord::getId).toList();
        ImmutableListMultimap<Long, NeedsStatusChangeRecord> changes = Multimaps.index(
                dsl.selectFrom(NEEDS_STATUS_CHANGE).where(NEEDS_STATUS_CHANGE.ASSESSMENT_ID.in(ids))
                        .orderBy(NEEDS_STATUS_CHANGE.ID).fetch(), NeedsStatusChangeRecord::getAssessmentId);
        List<NeedsMeetingRecord> meetingRows = dsl.selectFrom(NEEDS_MEETING)
                .where(NEEDS_MEETING.ASSESSMENT_ID.in(ids)).orderBy(NEEDS_MEETING.ID).fetch();
        ImmutableListMultimap<Long, String> roles = dsl.select(NEEDS_MEETING_ROLE.MEETING_ID,
                        NEEDS_MEETING_ROLE.ROLE_NAME)
                .from(NEEDS_MEETING_ROLE).join(NEEDS_MEETING).on(NEEDS_MEETING.ID.eq(NEEDS_MEETING_ROLE.MEETING_ID))
                .where(NEEDS_MEETING.ASSESSMENT_ID.in(ids))
                .orderBy(NEEDS_MEETING_ROLE.MEETING_ID, NEEDS_MEETING_ROLE.ROLE_ORDER)
                .fetch().stream().collect(ImmutableListMultimap.toImmutableListMultimap(r -> r.value1(),
                        r -> r.value2()));
        ImmutableListMultimap<Long, Meeting> meetings = meetingRows.stream().collect(
                ImmutableListMultimap.toImmutableListMultimap(NeedsMeetingRecord::getAssessmentId,
                        r -> toMeeting(r, roles.get(r.getId()))));
        ImmutableListMultimap<Long, Need> needs = dsl.selectFrom(NEED).where(NEED.ASSESSMENT_ID.in(ids))
                .orderBy(NEED.ID).fetch().stream().collect(ImmutableListMultimap.toImmutableListMultimap(
                        NeedRecord::getAssessmentId, JooqNeedsAssessments::toNeed));
        return heads.stream().map(h -> new NeedsAssessment(Municipality.of(h.getMunicipalityCode()),
                changes.get(h.getId()).stream().map(JooqNeedsAssessments::toChange)
                        .collect(ImmutableList.toImmutableList()),
                meetings.get(h.getId()), needs.get(h.getId()))).toList();
    }

    private static StatusChange toChange(NeedsStatusChangeRecord r) {
        return new StatusChange(Optional.ofNullable(r.getFromStatus()).map(AssessmentStatus::valueOf),
                AssessmentStatus.valueOf(r.getToStatus()), r.getChangedOn(), r.getIsReopening(),
                Optional.ofNullable(r.getReason()));
    }

    private static Meeting toMeeting(NeedsMeetingRecord r, List<String> roles) {
        return new Meeting(r.getMeetingDate(), MeetingFormat.valueOf(r.getMeetingFormat()), ImmutableList.copyOf(roles),
                new GenderCounts(r.getWomen(), r.getMen(), r.getNonBinary(), r.getNotStated()),
                Optional.ofNullable(r.getNote()));
    }

    private static Need toNeed(NeedRecord r) {
        return new Need(new NeedTheme(Theme.valueOf(r.getThemeCode()), Optional.ofNullable(r.getThemeLabel())),
                Priority.valueOf(r.getPriority()), TargetGroup.parseList(r.getTargetGroups()), r.getDescription(),
                Optional.ofNullable(r.getExistingSupport()), Optional.ofNullable(r.getEvidence()));
    }
}
