package se.coompanion.sesi.application.implementation.port.in;

import jakarta.validation.constraints.Size;

/** Changes the implementation project's working title. A {@code NotFoundException} without a draft. */
public interface RenameImplementationProject {

    Edited rename(Command command);

    /** @param title the new title */
    record Command(@Size(max = 1000) String title) {
    }
}
