package se.coompanion.sesi.domain.survey;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;

/**
 * Whether a frame row belongs to the survey population (domain.md): an ekonomisk förening, or an ideell förening
 * with business activity, located in the pre-study's region.
 *
 * <p>An ideell förening whose business activity the frame does not know is <em>included</em>, marked as
 * unconfirmed: leaving it out would lose eligible units for good (under-coverage cannot be repaired), while an
 * ineligible unit that is included is found by the questionnaire's screening question or by its reply and gets the
 * disposition NOT_ELIGIBLE, which the RR3 estimate of eligibility (e) accounts for.
 *
 * @param exclusions            every rule the row breaks; empty when it is in the population
 * @param businessActivityUnconfirmed true for an included ideell förening whose business activity is unknown
 */
public record FrameEligibility(ImmutableSet<ExclusionReason> exclusions, boolean businessActivityUnconfirmed) {

    public FrameEligibility {
        exclusions = Sets.immutableEnumSet(exclusions);
        if (businessActivityUnconfirmed && !exclusions.isEmpty()) {
            throw new IllegalArgumentException("only an eligible unit can have unconfirmed business activity");
        }
    }

    /** In the population, with nothing left to confirm. */
    public static FrameEligibility eligible() {
        return new FrameEligibility(ImmutableSet.of(), false);
    }

    public static FrameEligibility excluded(Set<ExclusionReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an excluded unit needs a reason");
        }
        return new FrameEligibility(ImmutableSet.copyOf(reasons), false);
    }

    /** Applies the rules to a row of the frame. */
    public static FrameEligibility assess(LegalForm legalForm, BusinessActivity businessActivity,
            Municipality municipality, Set<County> region) {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(businessActivity, "businessActivity");
        Objects.requireNonNull(municipality, "municipality");
        EnumSet<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
        boolean unconfirmed = false;
        switch (legalForm) {
            case EKONOMISK_FORENING -> {
                // an ekonomisk förening runs an economic activity by law: its legal form is enough
            }
            case IDEELL_FORENING -> {
                if (businessActivity == BusinessActivity.NO) {
                    reasons.add(ExclusionReason.NO_BUSINESS_ACTIVITY);
                }
                unconfirmed = businessActivity == BusinessActivity.UNKNOWN;
            }
            default -> reasons.add(ExclusionReason.LEGAL_FORM);
        }
        if (!region.contains(municipality.county())) {
            reasons.add(ExclusionReason.OUTSIDE_REGION);
        }
        return reasons.isEmpty() ? new FrameEligibility(ImmutableSet.of(), unconfirmed) : excluded(reasons);
    }

    public boolean isEligible() {
        return exclusions.isEmpty();
    }

    /** The reasons for people, e.g. "legal form Aktiebolag is not surveyed; outside the region". */
    public ImmutableSet<Message> reasonTexts() {
        return exclusions.stream().map(ExclusionReason::title).collect(ImmutableSet.toImmutableSet());
    }
}
