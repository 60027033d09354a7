package se.coompanion.sesi.application.prestudy.port.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import se.coompanion.sesi.domain.prestudy.PreStudy;
import se.coompanion.sesi.domain.prestudy.PreStudyTemplate;

/** Creates the pre-study of this database from a template: SESI, or blank with the user's facts. */
public interface StartPreStudy {

    Result start(Command command);

    /**
     * @param template        SESI or BLANK
     * @param name            the project's name (blank template only; SESI's facts are built in)
     * @param caseNumber      diarienummer (blank template only)
     * @param start           first day (blank template only)
     * @param end             last day (blank template only)
     * @param ownerOrgNumber  the project owner's organisationsnummer (blank template only)
     * @param ownerName       the project owner (blank template only)
     * @param countyCodes     the region's counties (blank template only; may be empty)
     */
    record Command(
            @NotNull PreStudyTemplate template,
            @Size(max = 300) String name,
            @Size(max = 40) String caseNumber,
            LocalDate start,
            LocalDate end,
            @Size(max = 20) String ownerOrgNumber,
            @Size(max = 300) String ownerName,
            @NotNull List<@NotNull String> countyCodes) {

        public Command {
            countyCodes = countyCodes == null ? null : List.copyOf(countyCodes);
        }

        /** The SESI pre-study of the seed. */
        public static Command sesi() {
            return new Command(PreStudyTemplate.SESI, null, null, null, null, null, null, List.of());
        }
    }

    /** @param preStudy the pre-study as stored */
    record Result(PreStudy preStudy) {
    }
}
