package se.coompanion.sesi.application.seminar.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;

/** Adds an item to the end of a seminar's agenda: usually a method or model for jobs and skills. */
public interface AddAgendaItem {

    Result add(Command command);

    /**
     * @param seminar     the seminar's number; empty for the only seminar
     * @param title       what is discussed, required
     * @param method      the method or model (SOCIAL_PROCUREMENT, WORK_INTEGRATION, ...), optional
     * @param description more about it, optional
     */
    record Command(
            @Size(max = 40) String seminar,
            @Size(max = 10_000) String title,
            @Size(max = 100) String method,
            @Size(max = 10_000) String description) {
    }

    /**
     * @param seminar the seminar
     * @param item    the new item with its number
     */
    record Result(Seminar seminar, AgendaItem item) {
    }
}
