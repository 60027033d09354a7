package se.coompanion.sesi.application.seminar.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.seminar.Invitation;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Seminar;

/** A seminar's invitations with their status today, optionally only those of some statuses. */
public interface ListInvitations {

    Result list(String seminar, List<String> statuses);

    /**
     * @param seminar     the seminar
     * @param today       the day the statuses are computed for
     * @param invitations the invitations, in the order sent
     */
    record Result(Seminar seminar, LocalDate today, List<Invited> invitations) {

        public Result {
            invitations = List.copyOf(invitations);
        }
    }

    /**
     * @param invitation the invitation
     * @param status     its status today
     * @param guest      the contact person and organisation
     * @param attended   true when the person checked in
     */
    record Invited(Invitation invitation, InvitationStatus status, Guest guest, boolean attended) {

        public Invited {
            Objects.requireNonNull(invitation, "invitation");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(guest, "guest");
        }
    }
}
