package se.coompanion.sesi.application.needs.port.out;

import java.util.List;
import java.util.Optional;
import se.coompanion.sesi.domain.needs.Meeting;
import se.coompanion.sesi.domain.needs.NeedsAssessment;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.needs.StatusChange;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * The needs assessments, one per municipality, with their status history, meetings and needs. The use cases check
 * the rules first (the domain's flow); the store keeps what they decided, in the order given.
 */
public interface NeedsAssessments {

    Optional<NeedsAssessment> find(Municipality municipality);

    /** Every assessment, in municipality code order. */
    List<NeedsAssessment> all();

    /** Stores a new assessment with its history, meetings and needs; a second one for a municipality is a conflict. */
    void add(NeedsAssessment assessment);

    /** Appends a status change to the history of a stored assessment and makes its status the change's. */
    void addChange(Municipality municipality, StatusChange change);

    /** Appends a meeting to a stored assessment. */
    void addMeeting(Municipality municipality, Meeting meeting);

    /** Appends needs to stored assessments, in the order given. */
    void addNeeds(List<RaisedNeed> needs);
}
