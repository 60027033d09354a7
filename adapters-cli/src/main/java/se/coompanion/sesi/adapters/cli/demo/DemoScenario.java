package se.coompanion.sesi.adapters.cli.demo;

import java.util.List;

/** The demo pre-study, step by step. Each area's demo evidence is one step, added here in plan order. */
final class DemoScenario {

    private DemoScenario() {
    }

    static List<DemoStep> steps() {
        return List.of(new PreStudyDemo(), new ActorDemo(), new ScanDemo(), new StakeholderDemo(), new NeedsDemo(),
                new CompetenceDemo(), new SurveyDemo(), new SurveyEntryDemo(), new SeminarDemo(), new LearningDemo(),
                new StatisticsDemo(), new SynthesisDemo(), new ImplementationDemo(), new ReportDemo());
    }
}
