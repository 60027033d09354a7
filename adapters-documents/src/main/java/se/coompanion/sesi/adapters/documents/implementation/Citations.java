package se.coompanion.sesi.adapters.documents.implementation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft.DraftView;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;

/**
 * The claims of one draft and the evidence they cite, for one document: each claim's evidence as the numbers of
 * annex A (each once, in the order cited), and for each number the claims that cite it, in the order they did. The
 * document names a claim in words ("mål 1"), the JSON export by its code ({@code aim:1}).
 *
 * @param <C> how a claim is named
 */
final class Citations<C> {

    private final DraftView view;
    private final Map<Integer, Set<C>> citedBy = new TreeMap<>();

    Citations(DraftView view) {
        this.view = view;
    }

    /** The annex numbers of a claim's evidence, each noted as cited by the claim (none for a null claim). */
    List<Integer> numbers(List<ResolvedEvidence> evidence, C claim) {
        List<Integer> numbers = new ArrayList<>();
        for (ResolvedEvidence e : evidence) {
            int number = view.annexNumber(e.reference());
            if (number == 0 || numbers.contains(number)) {
                continue;
            }
            numbers.add(number);
            if (claim != null) {
                citedBy.computeIfAbsent(number, n -> new LinkedHashSet<>()).add(claim);
            }
        }
        return numbers;
    }

    /** The claims that cite an annex number, in the order they did; empty when none does. */
    List<C> citedBy(int number) {
        return List.copyOf(citedBy.getOrDefault(number, Set.of()));
    }
}
