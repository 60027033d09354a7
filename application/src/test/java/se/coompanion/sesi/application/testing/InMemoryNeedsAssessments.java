package se.coompanion.sesi.application.testing;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.coompanion.sesi.application.needs.port.out.NeedsAssessments;
import se.coompanion.sesi.application.shared.ConflictException;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.Need;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

public final class InMemoryNeedsAssessments implements NeedsAssessments, InMemory {

    private final Map<Municipality, NeedsAssessment> assessments = new TreeMap<>();

    @Override
    public Optional<NeedsAssessment> find(Municipality municipality) {
        return Optional.ofNullable(assessments.get(municipality));
    }

    @Override
    public List<NeedsAssessment> all() {
        return List.copyOf(assessments.values());
    }

    @Override
    public void add(NeedsAssessment assessment) {
        if (assessments.putIfAbsent(assessment.municipality(), assessment) != null) {
            throw new ConflictException(Message.literal("assessment stored already: " + assessment.municipality()));
        }
    }

    @Override
    public void addChange(Municipality municipality, StatusChange change) {
        assessments.put(municipality, stored(municipality).with(change));
    }

    @Override
    public void addMeeting(Municipality municipality, Meeting meeting) {
        assessments.put(municipality, stored(municipality).withMeeting(meeting));
    }

    @Override
    public void addNeeds(List<RaisedNeed> needs) {
        for (RaisedNeed raised : needs) {
            NeedsAssessment assessment = stored(raised.municipality());
            assessments.put(raised.municipality(), new NeedsAssessment(assessment.municipality(),
                    assessment.history(), assessment.meetings(), ImmutableList.<Need>builder()
                            .addAll(assessment.needs()).add(raised.need()).build()));
        }
    }

    private NeedsAssessment stored(Municipality municipality) {
        NeedsAssessment assessment = assessments.get(municipality);
        if (assessment == null) {
            throw new IllegalStateException("no assessment stored for " + municipality);
        }
        return assessment;
    }

    @Override
    public Object snapshot() {
        return new TreeMap<>(assessments);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        assessments.clear();
        assessments.putAll((Map<Municipality, NeedsAssessment>) snapshot);
    }
}
