package se.coompanion.sesi.application.seminar.port.in;

import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.seminar.SeminarDossier;

/** Every seminar with what is documented about it, in number order. */
public interface ListSeminars {

    Result list();

    /**
     * @param seminars each seminar's documentation
     * @param today    the day the invitations' statuses are computed for
     */
    record Result(List<SeminarDossier> seminars, LocalDate today) {

        public Result {
            seminars = List.copyOf(seminars);
        }
    }
}
