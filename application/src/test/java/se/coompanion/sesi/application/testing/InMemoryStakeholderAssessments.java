package se.coompanion.sesi.application.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.coompanion.sesi.application.privacy.port.out.DataSubject;
import se.coompanion.sesi.application.privacy.port.out.PersonalDataHolder;
import se.coompanion.sesi.application.privacy.port.in.PersonalRecord;
import se.coompanion.sesi.application.stakeholder.port.out.StakeholderAssessments;
import se.coompanion.sesi.domain.actor.ActorKey;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;

/** Stakeholder assessments in memory, in recorded order; as a personal data holder it covers their rationales. */
public final class InMemoryStakeholderAssessments implements StakeholderAssessments, PersonalDataHolder, InMemory {

    private final NumberedRecords<StakeholderAssessment> assessments = new NumberedRecords<>();

    @Override
    public void add(StakeholderAssessment assessment, Instant recordedAt) {
        assessments.add(n -> assessment);
    }

    @Override
    public List<StakeholderAssessment> all() {
        return assessments.all();
    }

    @Override
    public List<StakeholderAssessment> of(ActorKey actor) {
        return assessments.all().stream().filter(a -> a.actor().equals(actor)).toList();
    }

    @Override
    public List<String> stores() {
        return List.of("stakeholder_assessment");
    }

    @Override
    public List<PersonalRecord> export(DataSubject subject) {
        return InMemoryMentions.export("stakeholder_assessment", assessments.byNumber(), subject,
                InMemoryStakeholderAssessments::texts);
    }

    @Override
    public List<Erased> erase(DataSubject subject, Instant erasedAt) {
        return List.of(new Erased("stakeholder_assessment", InMemoryMentions.erase(assessments.byNumber(), subject,
                InMemoryStakeholderAssessments::texts, (a, t) -> new StakeholderAssessment(a.actor(),
                        a.assessedOn(), a.power(), a.interest(), a.attitude(), a.salience(), a.candidacy(),
                        Optional.of(t.get("rationale"))))));
    }

    private static Map<String, String> texts(StakeholderAssessment a) {
        return Map.of("rationale", a.rationale().orElse(""));
    }

    @Override
    public Object snapshot() {
        return assessments.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        assessments.restore(snapshot);
    }
}
