package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.prestudy.port.in.StartPreStudy;
import se.coompanion.sesi.domain.shared.Message;

/** The SESI pre-study from its built-in template. */
final class PreStudyDemo implements DemoStep {

    @Override
    public Message title() {
        return Message.of(PreStudyDemo.class, "demo.step.prestudy");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        sesi.preStudy().startPreStudy().start(StartPreStudy.Command.sesi());
    }
}
