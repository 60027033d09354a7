package se.coompanion.sesi.application.synthesis.port.in;

import java.util.List;
import java.util.Objects;
import se.coompanion.sesi.domain.actor.Actor;
import se.coompanion.sesi.domain.competence.BorichRanking;
import se.coompanion.sesi.domain.learning.LearningModule;
import se.coompanion.sesi.domain.learning.LearningResults;
import se.coompanion.sesi.domain.learning.Programme;
import se.coompanion.sesi.domain.needs.RaisedNeed;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.seminar.AgendaItem;
import se.coompanion.sesi.domain.seminar.Seminar;
import se.coompanion.sesi.domain.stakeholder.StakeholderAssessment;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;

/**
 * A piece of evidence as the records show it now: what a recommendation's reference resolves to. The reference is
 * the canonical one (the seminar's number and the programme version filled in, an actor named by its key).
 */
public sealed interface Evidence {

    EvidenceReference reference();

    /**
     * @param reference the reference
     * @param needs     the needs of the theme, with the municipality of each, in municipality code order
     */
    record Needs(EvidenceReference.Need reference, List<RaisedNeed> needs) implements Evidence {

        public Needs {
            Objects.requireNonNull(reference, "reference");
            needs = List.copyOf(needs);
        }

        /** How many municipalities raised the theme. */
        public long municipalities() {
            return needs.stream().map(RaisedNeed::municipality).distinct().count();
        }
    }

    /**
     * @param reference the reference
     * @param finding   the finding
     * @param sources   the sources it cites
     */
    record Finding(EvidenceReference.Finding reference, RecordedFinding finding, List<RegisteredSource> sources)
            implements Evidence {

        public Finding {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(finding, "finding");
            sources = List.copyOf(sources);
        }
    }

    /**
     * @param reference the reference
     * @param table     the question's results in the group referred to (one column)
     * @param usable    the usable returns of the survey
     */
    record SurveyTable(EvidenceReference.SurveyTable reference, QuestionResults table, long usable)
            implements Evidence {

        public SurveyTable {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * @param reference the reference
     * @param ranked    the competence's score and rank
     * @param of        how many competences are ranked
     */
    record BorichRank(EvidenceReference.BorichRank reference, BorichRanking.Ranked ranked, int of)
            implements Evidence {

        public BorichRank {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(ranked, "ranked");
        }
    }

    /**
     * @param reference  the reference (by the actor's key)
     * @param rank       the actor's place on the partner shortlist
     * @param actor      the actor
     * @param assessment its current assessment
     */
    record Partner(EvidenceReference.PartnerCandidate reference, int rank, Actor actor,
            StakeholderAssessment assessment) implements Evidence {

        public Partner {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(assessment, "assessment");
        }
    }

    /**
     * @param reference the reference (with the seminar's number)
     * @param seminar   the seminar
     * @param item      the agenda item with its outcome: the relevance ratings and the conclusions
     */
    record SeminarOutcome(EvidenceReference.SeminarOutcome reference, Seminar seminar, AgendaItem item)
            implements Evidence {

        public SeminarOutcome {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(seminar, "seminar");
            Objects.requireNonNull(item, "item");
        }
    }

    /**
     * @param reference the reference (with the programme version)
     * @param programme the programme version piloted
     * @param module    the module
     * @param reaction  its mean satisfaction and relevance over the version's pilot runs
     * @param gains     its objectives' mean learning gains
     * @param pilots    the version's pilot runs
     */
    record PilotResult(EvidenceReference.PilotResult reference, Programme programme, LearningModule module,
            LearningResults.Reaction reaction, List<LearningResults.Gain> gains, List<Integer> pilots)
            implements Evidence {

        public PilotResult {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(reaction, "reaction");
            gains = List.copyOf(gains);
            pilots = List.copyOf(pilots);
        }
    }
}
