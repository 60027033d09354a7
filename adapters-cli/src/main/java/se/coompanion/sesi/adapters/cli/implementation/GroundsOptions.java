package se.coompanion.sesi.adapters.cli.implementation;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;

/** The options that add to and take from what a part of the draft rests on. */
public final class GroundsOptions {

    @Option(names = "--add-recommendation", paramLabel = "N", descriptionKey = "grounds.addRecommendation")
    private List<Integer> addRecommendations = new ArrayList<>();

    @Option(names = "--remove-recommendation", paramLabel = "N", descriptionKey = "grounds.removeRecommendation")
    private List<Integer> removeRecommendations = new ArrayList<>();

    @Option(names = "--add-evidence", paramLabel = "KIND:WHAT", descriptionKey = "grounds.addEvidence")
    private List<String> addEvidence = new ArrayList<>();

    @Option(names = "--remove-evidence", paramLabel = "KIND:WHAT", descriptionKey = "grounds.removeEvidence")
    private List<String> removeEvidence = new ArrayList<>();

    GroundsChange change() {
        return new GroundsChange(addRecommendations, removeRecommendations, addEvidence, removeEvidence);
    }
}
