package se.coompanion.sesi.application.implementation;

import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.implementation.port.in.GroundsChange;
import se.coompanion.sesi.application.learning.port.in.ListProgrammeVersions;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.NotFoundException;
import se.coompanion.sesi.application.stakeholder.port.in.ShowPartnerShortlist;
import se.coompanion.sesi.application.synthesis.port.in.ListRecommendations;
import se.coompanion.sesi.application.synthesis.port.in.ResolvedEvidence;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.implementation.Baseline;
import se.coompanion.sesi.domain.implementation.Grounds;
import se.coompanion.sesi.domain.implementation.ModuleRef;
import se.coompanion.sesi.domain.learning.ModuleKey;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * What an edit of the draft cites, checked against the records when it is cited: recommendations that exist,
 * evidence that resolves (stored in its canonical form), modules the learning programme has, actors on the partner
 * shortlist. Everything that names nothing is reported at once in one {@code NotFoundException}. Made for one
 * request inside its transaction.
 */
final class DraftReferences {

    private final ImplementationQueries areas;
    private List<Programme> programmes;

    DraftReferences(ImplementationQueries areas) {
        this.areas = areas;
    }

    /** Reads references as written; a malformed one is a problem of the field. */
    static List<EvidenceReference> parse(CommandReading fields, String field, List<String> texts) {
        return fields.each(field, texts, EvidenceReference::parse);
    }

    /** The grounds cited: the recommendations must exist and the evidence resolve. */
    Grounds grounds(Collection<Integer> recommendations, List<EvidenceReference> evidence) {
        return Grounds.NONE.changed(existing(recommendations), List.of(), resolved(evidence), List.of());
    }

    /**
     * A change of grounds as written, its references read.
     *
     * @param change what to add and take away
     * @param add    the references to add
     * @param remove the references to take away
     */
    record Edit(GroundsChange change, List<EvidenceReference> add, List<EvidenceReference> remove) {

        /** Reads the change's references; a malformed one is a problem of its field. */
        static Edit parse(CommandReading fields, GroundsChange change) {
            return new Edit(change, DraftReferences.parse(fields, "addEvidence", change.addEvidence()),
                    DraftReferences.parse(fields, "removeEvidence", change.removeEvidence()));
        }
    }

    /** The grounds changed: what is added must exist and resolve; what is taken away must be cited. */
    Grounds changed(Grounds current, Edit edit) {
        List<EvidenceReference> removed = new ArrayList<>();
        List<ResolvedEvidence> resolvedRemoved = edit.remove().isEmpty() ? List.of()
                : areas.evidence().resolve(edit.remove());
        for (int i = 0; i < edit.remove().size(); i++) {
            removed.add(resolvedRemoved.get(i).evidence().map(e -> e.reference()).orElse(edit.remove().get(i)));
        }
        return current.changed(existing(edit.change().addRecommendations()), edit.change().removeRecommendations(),
                resolved(edit.add()), removed);
    }

    /** The recommendations, each of which must exist. */
    List<Integer> existing(Collection<Integer> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        Set<Integer> known = areas.recommendations().list().stream()
                .map(l -> l.recommendation().number()).collect(Collectors.toSet());
        Set<Integer> missing = new TreeSet<>(numbers);
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            throw new NotFoundException(Message.of(DraftReferences.class, "recommendation.none",
                    missing.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        return List.copyOf(numbers);
    }

    /** The references in their canonical form, each of which must resolve. */
    List<EvidenceReference> resolved(List<EvidenceReference> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        List<ResolvedEvidence> resolved = areas.evidence().resolve(references);
        List<Message> problems = new ArrayList<>();
        List<EvidenceReference> canonical = new ArrayList<>();
        for (ResolvedEvidence r : resolved) {
            if (r.resolves()) {
                canonical.add(r.evidence().orElseThrow().reference());
            } else {
                problems.add(Message.of(DraftReferences.class, "evidence.problem", r.reference().code(),
                        r.problem().orElseThrow()));
            }
        }
        if (!problems.isEmpty()) {
            throw new NotFoundException(Message.of(DraftReferences.class, "evidence.notFound", problems.size(),
                    lines(problems)));
        }
        return canonical;
    }

    /** A measured baseline, whose evidence must resolve. */
    Baseline.Measured baseline(Baseline.Measured baseline) {
        resolved(List.of(baseline.evidence()));
        return baseline;
    }

    /**
     * The modules, each {@code VERSION/KEY} or a key of the latest version, each of which must be in its version.
     */
    ImmutableSortedSet<ModuleRef> modules(Collection<String> texts) {
        ImmutableSortedSet.Builder<ModuleRef> modules = ImmutableSortedSet.naturalOrder();
        for (String text : texts) {
            modules.add(module(text));
        }
        return modules.build();
    }

    /** A module as written, which must be in its version. */
    ModuleRef module(String text) {
        String written = text.strip();
        List<Programme> versions = programmes();
        ModuleRef ref;
        if (written.contains("/")) {
            ref = ModuleRef.parse(written);
        } else {
            if (versions.isEmpty()) {
                throw new NotFoundException(Message.of(DraftReferences.class, "module.noProgramme", written));
            }
            ref = new ModuleRef(versions.get(versions.size() - 1).number(), ModuleKey.parse(written));
        }
        ModuleRef wanted = ref;
        Programme version = versions.stream().filter(p -> p.number() == wanted.version()).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of(DraftReferences.class, "module.noVersion",
                        wanted.version())));
        if (version.module(ref.module()).isEmpty()) {
            throw new NotFoundException(Message.of(DraftReferences.class, "module.none", ref.module(),
                    ref.version()));
        }
        return ref;
    }

    /** The actor (by key or organisationsnummer), which must be on the partner shortlist. */
    ShowPartnerShortlist.Ranked shortlisted(String actor) {
        Actor found = areas.actor().show(actor).actor();
        return areas.shortlist().shortlist().stream().filter(r -> r.actor().key().equals(found.key())).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of(DraftReferences.class, "partner.notShortlisted",
                        found.name(), found.key())));
    }

    /** The actor (by key or organisationsnummer) of the register. */
    Actor actor(String actor) {
        return areas.actor().show(actor).actor();
    }

    /** The recommendations of the synthesis, with their evidence today. */
    List<ListRecommendations.Listed> recommendations() {
        return areas.recommendations().list();
    }

    private List<Programme> programmes() {
        if (programmes == null) {
            programmes = areas.programmeVersions().list().stream().map(ListProgrammeVersions.Listed::programme)
                    .toList();
        }
        return programmes;
    }

    /** Problems one per line, in one message. */
    static Message lines(List<Message> messages) {
        Message joined = messages.get(0);
        for (int i = 1; i < messages.size(); i++) {
            joined = Message.of(DraftReferences.class, "lines", joined, messages.get(i));
        }
        return joined;
    }
}
