package se.coompanion.sesi.application.synthesis;

import java.time.Clock;
import se.coompanion.sesi.application.SesiPorts;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.UseCaseBoundary;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.application.synthesis.port.in.RecordRecommendation;
import se.coompanion.sesi.application.synthesis.port.in.ResolveEvidence;
import se.coompanion.sesi.application.synthesis.port.in.ShowCrossAnalysis;
import se.coompanion.sesi.application.synthesis.port.in.ShowHorizontalFindings;

/**
 * The synthesis: recommendations traced to their evidence, the cross analysis and the final report.
 *
 * <p>This area's use cases, each behind its in-port and guarded by {@link UseCaseBoundary}; built by
 * {@link #create} from the out-ports. A new use case of this area is added here and nowhere else in the
 * application.
 */
public final class SynthesisUseCases {

    private final RecordRecommendation recordRecommendation;
    private final ListRecommendations listRecommendations;
    private final ShowCrossAnalysis showCrossAnalysis;
    private final PrepareFinalReport prepareFinalReport;
    private final ResolveEvidence resolveEvidence;
    private final ShowHorizontalFindings showHorizontalFindings;

    private SynthesisUseCases(SynthesisService synthesis, FinalReportService finalReport) {
        this.recordRecommendation = UseCaseBoundary.guard(RecordRecommendation.class, synthesis);
        this.listRecommendations = UseCaseBoundary.guard(ListRecommendations.class, synthesis);
        this.showCrossAnalysis = UseCaseBoundary.guard(ShowCrossAnalysis.class, synthesis);
        this.prepareFinalReport = UseCaseBoundary.guard(PrepareFinalReport.class, finalReport);
        this.resolveEvidence = UseCaseBoundary.guard(ResolveEvidence.class, synthesis);
        this.showHorizontalFindings = UseCaseBoundary.guard(ShowHorizontalFindings.class, finalReport);
    }

    /**
     * This area's use cases over the out-ports, validating commands with {@code commands} and dating what
     * they record by {@code clock}.
     *
     * @param evidence the other areas' use cases this area reads its evidence through
     */
    public static SynthesisUseCases create(SesiPorts ports, ActivityQueries evidence, CommandValidator commands,
            Clock clock) {
        SynthesisService synthesis = new SynthesisService(ports.recommendations(), evidence, ports.transactions(),
                commands, clock);
        FinalReportService finalReport = new FinalReportService(synthesis, evidence, ports.transactions(), clock);
        return new SynthesisUseCases(synthesis, finalReport);
    }

    public RecordRecommendation recordRecommendation() {
        return recordRecommendation;
    }

    public ListRecommendations listRecommendations() {
        return listRecommendations;
    }

    public ShowCrossAnalysis showCrossAnalysis() {
        return showCrossAnalysis;
    }

    public PrepareFinalReport prepareFinalReport() {
        return prepareFinalReport;
    }

    public ResolveEvidence resolveEvidence() {
        return resolveEvidence;
    }

    public ShowHorizontalFindings showHorizontalFindings() {
        return showHorizontalFindings;
    }
}
