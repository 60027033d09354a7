package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.FindingId;
import se.coompanion.sesi.domain.scan.RecordedFinding;

/** Findings of the scan in memory; as a personal data holder it covers mentions in their texts. */
public final class InMemoryFindings implements Findings, PersonalDataHolder, InMemory {

    private final NumberedRecords<RecordedFinding> findings = new NumberedRecords<>();

    @Override
    public RecordedFinding add(Finding finding, Instant recordedAt) {
        return findings.add(n -> new RecordedFinding(new FindingId(n), finding));
    }

    @Override
    public List<RecordedFinding> all() {
        return findings.all();
    }

    @Override
    public int count() {
        return findings.all().size();
    }

    @Override
    public List<String> stores() {
        return List.of("finding");
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export("finding", findings.byNumber(), subject, r -> texts(r.finding()));
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased("finding", InMemoryMentions.erase(findings.byNumber(), subject,
                r -> texts(r.finding()), (r, t) -> new RecordedFinding(r.id(), new Finding(t.get("statement"),
                        r.finding().themes(), r.finding().relevance(), Optional.of(t.get("lesson")),
                        r.finding().sources())))));
    }

    private static Map<String, String> texts(Finding f) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("statement", f.statement());
        texts.put("lesson", f.lesson().orElse(""));
        return texts;
    }

    @Override
    public Object snapshot() {
        return findings.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        findings.restore(snapshot);
    }
}
