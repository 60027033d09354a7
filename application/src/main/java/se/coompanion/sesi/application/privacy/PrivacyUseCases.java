package se.coompanion.sesi.application.privacy;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.privacy.port.in.ErasePersonalData;
import se.coompanion.sesi.application.privacy.port.in.ExportPersonalData;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The data subjects' rights: a contact person's personal data exported or erased in every area that holds it.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class PrivacyUseCases {

    private final ExportPersonalData exportPersonalData;
    private final ErasePersonalData erasePersonalData;

    private PrivacyUseCases(PrivacyService privacy) {
        this.exportPersonalData = UseCaseBoundary.guard(ExportPersonalData.class, privacy);
        this.erasePersonalData = UseCaseBoundary.guard(ErasePersonalData.class, privacy);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static PrivacyUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        PrivacyService privacy = new PrivacyService(ports.contacts(), ports.actors(), ports.personalDataHolders(),
                ports.transactions(), clock);
        return new PrivacyUseCases(privacy);
    }

    public ExportPersonalData exportPersonalData() {
        return exportPersonalData;
    }

    public ErasePersonalData erasePersonalData() {
        return erasePersonalData;
    }
}
