package se.coompanion.sesi.adapters.cli.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import se.coompanion.sesi.adapters.cli.Language;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The final report, the demo's last document: {@code slutrapport-sv.html} and {@code slutrapport-en.html}, and the
 * Markdown and the PDF (the public edition) of both, in the demo directory. Its content is gathered once and written
 * six times.
 */
final class ReportDemo implements DemoStep {

    @Override
    public Message title() {
        return Message.of(ReportDemo.class, "demo.step.report");
    }

    @Override
    public void run(SesiApplication sesi, Path directory) {
        PrepareFinalReport.FinalReport report = sesi.synthesis().prepareFinalReport().prepare();
        for (Locale locale : List.of(Language.SV.locale(), Language.EN.locale())) {
            for (DocumentFormat format : DocumentFormat.values()) {
                DemoStep.documents(sesi).finalReport(report, format, locale).writeInto(directory);
            }
        }
    }
}
