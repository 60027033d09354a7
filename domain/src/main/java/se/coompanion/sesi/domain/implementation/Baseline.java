package se.coompanion.sesi.domain.implementation;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;
import se.coompanion.sesi.domain.synthesis.EvidenceReference;
import se.coompanion.sesi.domain.synthesis.SurveyIndicator;

/**
 * Where an indicator starts: a figure of the pre-study, measured from its evidence whenever the draft is shown, or a
 * value the team states with a note on where it comes from (a count of zero for something that does not exist yet).
 *
 * <ul>
 * <li>{@code survey:behov_upphandling=4+5}: the share (per cent) of the valid answers to a survey question that chose
 *     one of the codes, over all returns or in a group ({@code survey:stodstruktur/23=1+2}); for a MULTI question one
 *     option, the share of the respondents who ticked it;</li>
 * <li>{@code borich:public_procurement}: the mean gap (required minus current level) of a competence among the mapped
 *     enterprises;</li>
 * <li>{@code need:WORK_INTEGRATION}: how many municipalities of the region raised a need of the theme.</li>
 * </ul>
 */
public sealed interface Baseline {

    /** The longest baseline reference accepted. */
    int MAX_LENGTH = 300;

    /** The unit of the figure. */
    IndicatorUnit unit();

    /** A baseline measured from a piece of the pre-study's evidence. */
    sealed interface Measured extends Baseline {

        /** The evidence it is measured from. */
        EvidenceReference evidence();

        /** The baseline written as stored: {@code survey:stodstruktur/23=1+2}. */
        String code();
    }

    /**
     * @param variable the question's variable
     * @param group    {@code all}, a county code or a surveyed legal form (as in {@link EvidenceReference.SurveyTable})
     * @param codes    the answer codes counted
     */
    record SurveyShare(String variable, String group, ImmutableSortedSet<String> codes) implements Measured {

        public SurveyShare {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(group, "group");
            codes = ImmutableSortedSet.copyOf(codes);
            if (codes.isEmpty()) {
                throw new DomainException(Message.of(Baseline.class, "baseline.codes", variable));
            }
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.PERCENT;
        }

        @Override
        public EvidenceReference.SurveyTable evidence() {
            return new EvidenceReference.SurveyTable(variable, group);
        }

        /** What the survey's results are read with. */
        public SurveyIndicator indicator() {
            return new SurveyIndicator(variable, codes);
        }

        @Override
        public String code() {
            return evidence().code() + "=" + String.join("+", codes);
        }
    }

    /** @param competence the competence whose mean gap is the baseline */
    record MeanGap(CompetenceKey competence) implements Measured {

        public MeanGap {
            Objects.requireNonNull(competence, "competence");
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.SCORE;
        }

        @Override
        public EvidenceReference.BorichRank evidence() {
            return new EvidenceReference.BorichRank(competence);
        }

        @Override
        public String code() {
            return evidence().code();
        }
    }

    /** @param theme the theme whose municipalities are counted */
    record NeedMunicipalities(NeedTheme theme) implements Measured {

        public NeedMunicipalities {
            Objects.requireNonNull(theme, "theme");
        }

        @Override
        public IndicatorUnit unit() {
            return IndicatorUnit.COUNT;
        }

        @Override
        public EvidenceReference.Need evidence() {
            return new EvidenceReference.Need(Optional.empty(), theme);
        }

        @Override
        public String code() {
            return evidence().code();
        }
    }

    /**
     * A value the team states.
     *
     * @param unit  the unit of the indicator
     * @param value the value, checked against the unit
     * @param note  where it comes from
     */
    record Stated(IndicatorUnit unit, BigDecimal value, Optional<String> note) implements Baseline {

        public static final int MAX_NOTE = 1000;

        public Stated {
            Objects.requireNonNull(unit, "unit");
            value = unit.check(Objects.requireNonNull(value, "value"));
            note = TextField.optional(Message.of(Baseline.class, "baseline.note"), note, MAX_NOTE);
        }
    }

    /**
     * Reads a measured baseline: {@code survey:VARIABLE[/GROUP]=CODE+CODE}, {@code borich:KEY} or
     * {@code need:THEME} (prefixes in English or Swedish, as for evidence).
     *
     * @throws DomainException naming the text and what is wrong
     */
    static Measured parse(String text) {
        String written = text == null ? "" : text.strip();
        if (written.length() > MAX_LENGTH) {
            throw new DomainException(Message.of(Baseline.class, "baseline.tooLong", written.length(), MAX_LENGTH));
        }
        int equals = written.indexOf('=');
        EvidenceReference reference = EvidenceReference.parse(equals < 0 ? written : written.substring(0, equals));
        if (reference instanceof EvidenceReference.SurveyTable table) {
            if (equals < 0) {
                throw new DomainException(Message.of(Baseline.class, "baseline.codes", written));
            }
            ImmutableSortedSet.Builder<String> codes = ImmutableSortedSet.naturalOrder();
            for (String code : Splitter.onPattern("[+,|]").trimResults().omitEmptyStrings()
                    .split(written.substring(equals + 1))) {
                if (!code.matches("[A-Za-z0-9_-]{1,20}")) {
                    throw new DomainException(Message.of(Baseline.class, "baseline.code", code, written));
                }
                codes.add(code);
            }
            return new SurveyShare(table.variable(), table.group(), codes.build());
        }
        if (equals >= 0) {
            throw new DomainException(Message.of(Baseline.class, "baseline.shape", written));
        }
        if (reference instanceof EvidenceReference.BorichRank rank) {
            return new MeanGap(rank.competence());
        }
        if (reference instanceof EvidenceReference.Need need && need.municipality().isEmpty()) {
            return new NeedMunicipalities(need.theme());
        }
        throw new DomainException(Message.of(Baseline.class, "baseline.shape", written));
    }
}
