package se.coompanion.sesi.adapters.cli.needs;

import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.application.needs.port.in.Recorded;
import se.coompanion.sesi.domain.shared.Municipality;

/** What the needs commands that record evidence tell the user besides what they did. */
abstract class NeedsCliCommand extends CliCommand {

    /** Says that the assessment was planned by this command, when it was. */
    void notePlanned(Recorded recorded) {
        if (recorded.planned()) {
            out().println(text("needs.planned", recorded.assessment().municipality(),
                    recorded.assessment().latestChange().date()));
        }
    }

    /** Says that the municipality lies outside the pre-study's region, when it does. */
    void noteOutside(Municipality municipality) {
        if (sesi().needs().showNeedsAssessment().show(municipality).outsideTarget()) {
            out().println(text("needs.outside", municipality));
        }
    }
}
