package se.coompanion.sesi.application.synthesis.port.in;

import java.util.List;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * What references to the pre-study's evidence name in the records now, each with the same rules as a
 * recommendation's evidence (docs/synthesis.md, "Evidence references"): the evidence with the canonical reference
 * (the seminar's number and the programme version filled in, an actor by its key), or why it names nothing. For
 * other areas that cite evidence, such as the implementation project draft. A {@code NotFoundException} never: a
 * reference that names nothing (also without a pre-study) is unresolved.
 */
public interface ResolveEvidence {

    /** Each reference resolved, in the order given. */
    List<ResolvedEvidence> resolve(List<EvidenceReference> references);
}
