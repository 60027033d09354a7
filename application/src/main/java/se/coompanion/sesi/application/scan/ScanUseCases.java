package se.coompanion.sesi.application.scan;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;

/**
 * The environmental scan: its knowledge sources and the findings drawn from them.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class ScanUseCases {

    private final RegisterSource registerSource;
    private final ListSources listSources;
    private final RecordFinding recordFinding;
    private final ListFindings listFindings;

    private ScanUseCases(ScanService scan) {
        this.registerSource = UseCaseBoundary.guard(RegisterSource.class, scan);
        this.listSources = UseCaseBoundary.guard(ListSources.class, scan);
        this.recordFinding = UseCaseBoundary.guard(RecordFinding.class, scan);
        this.listFindings = UseCaseBoundary.guard(ListFindings.class, scan);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static ScanUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        ScanService scan = new ScanService(ports.knowledgeSources(), ports.findings(), ports.transactions(), commands,
                clock);
        return new ScanUseCases(scan);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports) {
        return new EnvironmentalScanMeasure(ports.knowledgeSources(), ports.findings());
    }

    public RegisterSource registerSource() {
        return registerSource;
    }

    public ListSources listSources() {
        return listSources;
    }

    public RecordFinding recordFinding() {
        return recordFinding;
    }

    public ListFindings listFindings() {
        return listFindings;
    }
}
