package se.coompanion.sesi.domain.prestudy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DateRange;
import se.coompanion.sesi.domain.shared.OrganisationNumber;
import se.coompanion.sesi.domain.shared.Percentage;
import se.coompanion.sesi.domain.shared.PostalCode;

/**
 * The built-in SESI template: the facts of the ESF+ decision 23-032-S01 as written in the project
 * description (shared/seed), the region Mellersta Norrland (counties 22 and 23), and the targets of its plan.
 */
public final class SesiPlan {

    /** The seed's summary of what the pre-study prepares (first paragraph of the project description). */
    public static final String SUMMARY = "Förstudien skapar förutsättningar för ett genomförandeprojekt som i "
            + "samverkan med relevanta aktörer, kommer att bidra till att höja kunskap och därmed status för "
            + "socialt entreprenörskap.";

    private SesiPlan() {
    }

    public static ProjectFacts facts() {
        return new ProjectFacts(
                CaseNumber.parse("23-032-S01"),
                "Socialt entreprenörskap social innovation - SESI",
                DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                "Sverige",
                "ESF+",
                Optional.of("2021SE05SFPR"),
                OrganisationNumber.parse("7164603867"),
                "Coompanion - Kooperativ Utveckling Västernorrland",
                Optional.of(Percentage.parse("40")),
                Optional.of("D"),
                Optional.of("D1"),
                false,
                Optional.of("Mellersta Norrland"),
                Optional.of("SE32"),
                Optional.of(PostalCode.parse("85233")),
                Optional.of("SUNDSVALL"),
                Optional.of("175"),
                0,
                false,
                SUMMARY);
    }

    /** Mellersta Norrland: Västernorrlands län (22) and Jämtlands län (23). */
    public static ImmutableSortedSet<County> region() {
        return ImmutableSortedSet.of(County.of("22"), County.of("23"));
    }

    /** The targets of the plan (domain.md, "Activities and targets"). */
    public static ImmutableList<Activity> activities() {
        return ImmutableList.of(
                new Activity(ActivityKey.ENVIRONMENTAL_SCAN, Target.fixed(1, TargetUnit.FINDINGS)),
                new Activity(ActivityKey.STAKEHOLDER_ANALYSIS, Target.all(TargetUnit.ACTORS)),
                new Activity(ActivityKey.NEEDS_ANALYSIS, Target.all(TargetUnit.MUNICIPALITIES)),
                new Activity(ActivityKey.COMPETENCE_MAPPING, Target.fixed(10, TargetUnit.ENTERPRISES)),
                new Activity(ActivityKey.POSTAL_SURVEY, Target.all(TargetUnit.ASSOCIATIONS)),
                new Activity(ActivityKey.ANALYSIS_SEMINAR, Target.fixed(1, TargetUnit.SEMINARS)),
                new Activity(ActivityKey.INFORMATION_MATERIAL, Target.fixed(1, TargetUnit.MATERIALS)),
                new Activity(ActivityKey.LEARNING_PROGRAMME, Target.fixed(1, TargetUnit.PILOT_RUNS)));
    }

    public static PreStudy preStudy() {
        return new PreStudy(PreStudyTemplate.SESI, facts(), region(), activities());
    }
}
