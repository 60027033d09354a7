package se.coompanion.sesi.domain.synthesis;

import se.coompanion.sesi.domain.shared.Message;

/** The people the pre-study counted, each count kept by gender (ESF+, horizontal principles). */
public enum PeopleGroup {
    /** Participants of the needs analysis's meetings and interviews. */
    NEEDS_PARTICIPANTS,
    /** Attendees of the analysis seminar (checked in and walk-ins). */
    SEMINAR_ATTENDEES,
    /** Participants of the learning programme's pilot runs. */
    PILOT_PARTICIPANTS;

    public Message title() {
        return Message.of(PeopleGroup.class, "people." + name());
    }
}
