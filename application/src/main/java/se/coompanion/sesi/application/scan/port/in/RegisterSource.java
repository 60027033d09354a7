package se.coompanion.sesi.application.scan.port.in;

import jakarta.validation.constraints.Size;
import se.coompanion.sesi.domain.scan.RegisteredSource;

/** Registers a source of the environmental scan: a similar project, research, a report, statistics, a policy. */
public interface RegisterSource {

    RegisteredSource register(Command command);

    /**
     * @param kind             PROJECT, RESEARCH, REPORT, STATISTICS, POLICY or OTHER
     * @param title            required
     * @param publisher        publisher or author, required
     * @param year             year of publication, optional
     * @param reference        URL or citation, optional
     * @param fundingProgramme for a project, optional
     * @param caseNumber       for a project, optional
     * @param example          true for an invented, illustrative source
     * @param note             optional
     */
    record Command(
            @Size(max = 40) String kind,
            @Size(max = 10_000) String title,
            @Size(max = 10_000) String publisher,
            Integer year,
            @Size(max = 10_000) String reference,
            @Size(max = 10_000) String fundingProgramme,
            @Size(max = 100) String caseNumber,
            boolean example,
            @Size(max = 10_000) String note) {
    }
}
