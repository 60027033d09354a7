package se.coompanion.sesi.application.seminar.port.in;

import se.coompanion.sesi.domain.seminar.Minutes;
import se.coompanion.sesi.domain.seminar.Seminar;

/** Every version of a seminar's minutes. */
public interface ShowMinutes {

    Result show(String seminar);

    /**
     * @param seminar the seminar
     * @param minutes every version
     */
    record Result(Seminar seminar, Minutes minutes) {
    }
}
