package se.coompanion.sesi.application.statistics;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.prestudy.ActivityMeasure;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;
import se.coompanion.sesi.application.statistics.port.in.ImportStatistics;
import se.coompanion.sesi.application.statistics.port.in.ListStatistics;
import se.coompanion.sesi.application.statistics.port.in.PrepareInformationMaterial;
import se.coompanion.sesi.application.statistics.port.in.RecordMaterialProduction;

/**
 * Official statistics and the information material on women's entrepreneurship made from them.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class StatisticsUseCases {

    private final ImportStatistics importStatistics;
    private final ListStatistics listStatistics;
    private final PrepareInformationMaterial prepareInformationMaterial;
    private final RecordMaterialProduction recordMaterialProduction;

    private StatisticsUseCases(StatisticsService statistics, MaterialService material) {
        this.importStatistics = UseCaseBoundary.guard(ImportStatistics.class, statistics);
        this.listStatistics = UseCaseBoundary.guard(ListStatistics.class, statistics);
        this.prepareInformationMaterial = UseCaseBoundary.guard(PrepareInformationMaterial.class, material);
        this.recordMaterialProduction = UseCaseBoundary.guard(RecordMaterialProduction.class, material);
    }

    /** This area's use cases over the out-ports, validating with {@code commands}, dating by {@code clock}. */
    public static StatisticsUseCases create(SesiPorts ports, CommandValidator commands, Clock clock) {
        StatisticsService statistics = new StatisticsService(ports.statisticalFigures(), ports.importLog(),
                ports.transactions(), commands, clock);
        MaterialService material = new MaterialService(ports.preStudies(), ports.statisticalFigures(),
                ports.materialProductions(), ports.transactions(), commands, clock);
        return new StatisticsUseCases(statistics, material);
    }

    /** What this area contributes to the pre-study's progress ({@code ShowProgress}). */
    public static ActivityMeasure progressMeasure(SesiPorts ports, Clock clock) {
        return new InformationMaterialMeasure(ports.statisticalFigures(), ports.materialProductions(), clock.getZone());
    }

    public ImportStatistics importStatistics() {
        return importStatistics;
    }

    public ListStatistics listStatistics() {
        return listStatistics;
    }

    public PrepareInformationMaterial prepareInformationMaterial() {
        return prepareInformationMaterial;
    }

    public RecordMaterialProduction recordMaterialProduction() {
        return recordMaterialProduction;
    }
}
