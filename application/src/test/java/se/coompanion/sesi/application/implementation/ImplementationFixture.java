package se.coompanion.sesi.application.implementation;

import java.util.List;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.implementation.port.in.DraftImplementation;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;
import se.coompanion.sesi.application.synthesis.SynthesisFixture;
import se.coompanion.sesi.application.testing.InMemorySesiPorts;

/**
 * The small pre-study of {@link SynthesisFixture} with two recommendations, and its implementation draft:
 *
 * <pre>
 * 1 HIGH   "Bygg lärprogrammet kring offentlig upphandling, för sociala företag och upphandlare."
 *          need:PUBLIC_PROCUREMENT, borich:public_procurement, survey:behov_upphandling, pilot:1/M1, finding:1
 * 2 MEDIUM "Planera finansieringen efter projekttiden" need:FINANCING, borich:financing_and_grants
 * </pre>
 *
 * public_procurement's mean gap is (4 + 2) / 2 = 3.00; financing_and_grants' 2 / 1 = 2.00; behov_upphandling was
 * answered 5, 4, 2 and 9 (Vet ej, a valid answer): 4 or 5 by 2 of 4, 50 %.
 */
final class ImplementationFixture {

    final SynthesisFixture synthesis = SynthesisFixture.withEvidence();
    final InMemorySesiPorts ports = synthesis.ports;
    final SesiApplication sesi = synthesis.sesi;

    ImplementationFixture() {
        synthesis.recommend("Bygg lärprogrammet kring offentlig upphandling, för sociala företag och upphandlare.",
                "HIGH", "need:PUBLIC_PROCUREMENT", "borich:public_procurement", "survey:behov_upphandling",
                "pilot:1/M1", "finding:1");
        synthesis.recommend("Planera finansieringen efter projekttiden", "MEDIUM", "need:FINANCING",
                "borich:financing_and_grants");
    }

    /** The fixture with its draft made, in Swedish. */
    static ImplementationFixture drafted() {
        ImplementationFixture fixture = new ImplementationFixture();
        fixture.sesi.implementation().draftImplementation().draft(new DraftImplementation.Command(null, false, "sv"));
        return fixture;
    }

    static GroundsChange adding(List<Integer> recommendations, String... evidence) {
        return new GroundsChange(recommendations, List.of(), List.of(evidence), List.of());
    }
}
