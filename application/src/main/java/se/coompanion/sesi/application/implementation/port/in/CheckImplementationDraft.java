package se.coompanion.sesi.application.implementation.port.in;

import java.util.List;
import se.coompanion.sesi.domain.implementation.Gap;

/**
 * The check of the draft against the pre-study's evidence as it is today (docs/implementation.md, "The check"):
 * every claim without evidence, every prioritised need and top-5 competence gap no activity answers, every county
 * and municipality of the region without a partner, every indicator without a baseline or target, every horizontal
 * principle without an activity, and what is still to decide or write. A {@code NotFoundException} without a draft.
 */
public interface CheckImplementationDraft {

    Result check();

    /** @param gaps what is missing, in the order of the gap kinds; empty when nothing is */
    record Result(List<Gap> gaps) {

        public Result {
            gaps = List.copyOf(gaps);
        }

        public boolean complete() {
            return gaps.isEmpty();
        }
    }
}
