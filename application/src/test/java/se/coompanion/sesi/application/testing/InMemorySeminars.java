package se.coompanion.sesi.application.testing;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.seminar.port.out.Seminars;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.seminar.SeminarEvaluation;
import se.coompanion.sesi.domain.seminar.SeminarFacts;
import se.coompanion.sesi.domain.seminar.SeminarId;
import se.coompanion.sesi.domain.shared.GenderCounts;

/**
 * Seminars in memory; as a personal data holder it covers mentions in their free text (title, place, agenda,
 * conclusions, comments).
 */
public final class InMemorySeminars implements Seminars, PersonalDataHolder, InMemory {

    private static final String STORE = "seminar";

    private final NumberedRecords<Seminar> seminars = new NumberedRecords<>();

    @Override
    public Seminar add(SeminarFacts facts, Instant createdAt) {
        return seminars.add(n -> new Seminar(new SeminarId(n), facts, ImmutableList.of(), GenderCounts.ZERO,
                SeminarEvaluation.NONE));
    }

    @Override
    public Optional<Seminar> find(SeminarId id) {
        return Optional.ofNullable(seminars.get(id.value()));
    }

    @Override
    public List<Seminar> all() {
        return seminars.all();
    }

    @Override
    public void addAgendaItem(SeminarId seminar, AgendaItem item) {
        Seminar s = seminars.get(seminar.value());
        seminars.put(seminar.value(), new Seminar(s.id(), s.facts(), ImmutableList.<AgendaItem>builder()
                .addAll(s.agenda()).add(item).build(), s.walkIns(), s.evaluation()));
    }

    @Override
    public void updateOutcome(SeminarId seminar, AgendaItem item, Instant recordedAt) {
        Seminar s = seminars.get(seminar.value());
        List<AgendaItem> agenda = new ArrayList<>(s.agenda());
        agenda.set(item.number() - 1, item);
        seminars.put(seminar.value(), new Seminar(s.id(), s.facts(), ImmutableList.copyOf(agenda), s.walkIns(),
                s.evaluation()));
    }

    @Override
    public void updateWalkIns(SeminarId seminar, GenderCounts walkIns) {
        Seminar s = seminars.get(seminar.value());
        seminars.put(seminar.value(), new Seminar(s.id(), s.facts(), s.agenda(), walkIns, s.evaluation()));
    }

    @Override
    public void updateEvaluation(SeminarId seminar, SeminarEvaluation evaluation, Instant recordedAt) {
        Seminar s = seminars.get(seminar.value());
        seminars.put(seminar.value(), new Seminar(s.id(), s.facts(), s.agenda(), s.walkIns(), evaluation));
    }

    @Override
    public List<String> stores() {
        return List.of(STORE);
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export(STORE, seminars.byNumber(), subject, InMemorySeminars::texts);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased(STORE, InMemoryMentions.erase(seminars.byNumber(), subject, InMemorySeminars::texts,
                InMemorySeminars::rewrite)));
    }

    /** Every free text of a seminar, by a name that says where it is. */
    private static Map<String, String> texts(Seminar s) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", s.facts().title());
        texts.put("place", s.facts().place().orElse(""));
        for (AgendaItem item : s.agenda()) {
            texts.put("item." + item.number() + ".title", item.title());
            texts.put("item." + item.number() + ".description", item.description().orElse(""));
            for (int i = 0; i < item.conclusions().size(); i++) {
                texts.put("item." + item.number() + ".conclusion." + i, item.conclusions().get(i));
            }
        }
        for (int i = 0; i < s.evaluation().comments().size(); i++) {
            texts.put("comment." + i, s.evaluation().comments().get(i));
        }
        return texts;
    }

    private static Seminar rewrite(Seminar s, Map<String, String> t) {
        SeminarFacts f = s.facts();
        SeminarFacts facts = new SeminarFacts(t.get("title"), f.date(), f.answerBy(),
                Optional.of(t.get("place")).filter(p -> !p.isEmpty()), f.link(), f.accessibility());
        List<AgendaItem> agenda = new ArrayList<>();
        for (AgendaItem item : s.agenda()) {
            String prefix = "item." + item.number() + ".";
            List<String> conclusions = new ArrayList<>();
            for (int i = 0; i < item.conclusions().size(); i++) {
                conclusions.add(t.get(prefix + "conclusion." + i));
            }
            agenda.add(new AgendaItem(item.number(), t.get(prefix + "title"), item.method(),
                    Optional.of(t.get(prefix + "description")).filter(d -> !d.isEmpty()), item.relevance(),
                    ImmutableList.copyOf(conclusions)));
        }
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < s.evaluation().comments().size(); i++) {
            comments.add(t.get("comment." + i));
        }
        return new Seminar(s.id(), facts, ImmutableList.copyOf(agenda), s.walkIns(),
                new SeminarEvaluation(s.evaluation().ratings(), ImmutableList.copyOf(comments)));
    }

    @Override
    public Object snapshot() {
        return seminars.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        seminars.restore(snapshot);
    }
}
