package se.coompanion.sesi.application.seminar;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.OptionalInt;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.seminar.port.out.SeminarInvitations;
import se.coompanion.sesi.application.seminar.port.out.SeminarMinutes;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.domain.prestudy.ActivityKey;
import se.coompanion.sesi.domain.prestudy.Measurement;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.seminar.InvitationStatus;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarDossier;
import se.coompanion.sesi.domain.shared.GenderCounts;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The analysis seminar's progress (target: 1 seminar held, documented): the seminars held count, a seminar being held
 * when its attendance is recorded and a version of its minutes is final. Started as soon as a seminar is planned.
 * Details: seminars planned and held, invitations and acceptances, and the attendees of the held seminars by gender
 * (ESF+).
 */
public final class AnalysisSeminarMeasure implements ActivityMeasure {

    private final Seminars seminars;
    private final SeminarInvitations invitations;
    private final SeminarMinutes minutes;

    public AnalysisSeminarMeasure(Seminars seminars, SeminarInvitations invitations, SeminarMinutes minutes) {
        this.seminars = Objects.requireNonNull(seminars);
        this.invitations = Objects.requireNonNull(invitations);
        this.minutes = Objects.requireNonNull(minutes);
    }

    @Override
    public ActivityKey activity() {
        return ActivityKey.ANALYSIS_SEMINAR;
    }

    @Override
    public Measurement measure(PreStudy preStudy) {
        int planned = 0;
        int held = 0;
        int invited = 0;
        int accepted = 0;
        GenderCounts attendees = GenderCounts.ZERO;
        for (Seminar seminar : seminars.all()) {
            SeminarDossier dossier = new SeminarDossier(seminar, ImmutableList.copyOf(invitations.of(seminar.id())),
                    ImmutableList.copyOf(invitations.checkIns(seminar.id())), minutes.of(seminar.id()));
            planned++;
            invited += dossier.invitations().size();
            accepted += (int) dossier.invitations().stream()
                    .filter(i -> i.answer().map(a -> a.reply() == InvitationStatus.ACCEPTED).orElse(false)).count();
            if (dossier.held()) {
                held++;
                attendees = attendees.plus(dossier.attendees());
            }
        }
        return new Measurement(held, OptionalInt.empty(), planned > 0, true, ImmutableList.of(
                Message.of(AnalysisSeminarMeasure.class, "progress.seminars", planned, held),
                Message.of(AnalysisSeminarMeasure.class, "progress.invitations", invited, accepted),
                Message.of(AnalysisSeminarMeasure.class, "progress.attendees", attendees.total(), attendees.women(),
                        attendees.men(), attendees.nonBinary(), attendees.notStated())));
    }
}
