package se.coompanion.sesi.domain.synthesis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.actor.ActorReference;
import se.coompanion.sesi.domain.competence.CompetenceKey;
import se.coompanion.sesi.domain.needs.NeedTheme;
import se.coompanion.sesi.domain.scan.FindingId;
import se.coompanion.sesi.domain.shared.Codes;
import se.coompanion.sesi.domain.shared.County;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.Question;

/**
 * A reference from a recommendation to the evidence it rests on, written {@code KIND:WHAT}
 * (docs/synthesis.md, "Evidence references"):
 *
 * <ul>
 * <li>{@code need:WORK_INTEGRATION}, {@code need:2281/WORK_INTEGRATION}: the needs of a theme, raised by the
 *     municipalities or by one;</li>
 * <li>{@code finding:3}: a finding of the environmental scan;</li>
 * <li>{@code survey:stodstruktur}, {@code survey:stodstruktur/23}: a results table of the survey, a variable in the
 *     group of all returns, of a county or of a legal form;</li>
 * <li>{@code seminar:2}, {@code seminar:1/2}: the outcome of an agenda item of the analysis seminar (with the seminar's
 *     number when there are several);</li>
 * <li>{@code borich:public_procurement}: a competence's rank among the competence gaps;</li>
 * <li>{@code pilot:M1}, {@code pilot:1/M1}: a module's pilot results (of a version of the learning programme);</li>
 * <li>{@code partner:sundsvalls-kommun}: an actor on the partner shortlist (key or organisationsnummer).</li>
 * </ul>
 *
 * Parsing checks the shape only; whether the record exists is the application's question. {@link #code()} is the
 * reference written the one way it is stored.
 */
public sealed interface EvidenceReference {

    /** The longest reference text accepted. */
    int MAX_LENGTH = 300;

    EvidenceKind kind();

    /** The reference written as stored: {@code need:2281/WORK_INTEGRATION}. */
    String code();

    /** The text after the prefix. */
    default String target() {
        return code().substring(kind().prefix().length() + 1);
    }

    /**
     * @param municipality the municipality, or empty for every municipality that raised the theme
     * @param theme        the theme
     */
    record Need(Optional<Municipality> municipality, NeedTheme theme) implements EvidenceReference {

        public Need {
            Objects.requireNonNull(municipality, "municipality");
            Objects.requireNonNull(theme, "theme");
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.NEED;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + municipality.map(m -> m.code() + "/").orElse("") + theme.code();
        }
    }

    /** @param id the finding's number */
    record Finding(FindingId id) implements EvidenceReference {

        public Finding {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.FINDING;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + id;
        }
    }

    /**
     * @param variable the question's variable
     * @param group    {@code all}, a county code or a surveyed legal form's code
     */
    record SurveyTable(String variable, String group) implements EvidenceReference {

        /** The group of every return. */
        public static final String ALL = "all";

        public SurveyTable {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(group, "group");
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.SURVEY_TABLE;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + variable + (group.equals(ALL) ? "" : "/" + group);
        }
    }

    /**
     * @param seminar the seminar's number; empty when the pre-study has one seminar
     * @param item    the agenda item's number
     */
    record SeminarOutcome(OptionalLong seminar, int item) implements EvidenceReference {

        public SeminarOutcome {
            Objects.requireNonNull(seminar, "seminar");
            if (item < 1 || (seminar.isPresent() && seminar.getAsLong() < 1)) {
                throw new IllegalArgumentException("seminars and agenda items are numbered from 1");
            }
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.SEMINAR_OUTCOME;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + (seminar.isPresent() ? seminar.getAsLong() + "/" : "") + item;
        }

        /** The reference with the seminar's number filled in. */
        public SeminarOutcome of(long seminarNumber) {
            return new SeminarOutcome(OptionalLong.of(seminarNumber), item);
        }
    }

    /** @param competence the competence's key in the framework */
    record BorichRank(CompetenceKey competence) implements EvidenceReference {

        public BorichRank {
            Objects.requireNonNull(competence, "competence");
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.BORICH_RANK;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + competence.value();
        }
    }

    /**
     * @param version the programme version; empty for the latest version with evaluated pilot runs
     * @param module  the module's key ({@code M1}), in upper case
     */
    record PilotResult(OptionalInt version, String module) implements EvidenceReference {

        private static final Pattern MODULE = Pattern.compile("[A-Z][A-Z0-9_-]{0,19}");

        public PilotResult {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(module, "module");
            if (!MODULE.matcher(module).matches() || (version.isPresent() && version.getAsInt() < 1)) {
                throw new DomainException(Message.of(EvidenceReference.class, "reference.pilot",
                        (version.isPresent() ? version.getAsInt() + "/" : "") + module));
            }
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.PILOT_RESULT;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + (version.isPresent() ? version.getAsInt() + "/" : "") + module;
        }

        /** The reference with the version filled in. */
        public PilotResult of(int programmeVersion) {
            return new PilotResult(OptionalInt.of(programmeVersion), module);
        }
    }

    /** @param actor the actor, by key or organisationsnummer */
    record PartnerCandidate(ActorReference actor) implements EvidenceReference {

        public PartnerCandidate {
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public EvidenceKind kind() {
            return EvidenceKind.PARTNER_CANDIDATE;
        }

        @Override
        public String code() {
            return kind().prefix() + ":" + actor;
        }
    }

    /**
     * Reads a reference as a person writes it: {@code KIND:WHAT}, the kind in English or Swedish and any letter case.
     *
     * @throws DomainException naming the reference and what is wrong with it
     */
    static EvidenceReference parse(String text) {
        String written = text == null ? "" : text.strip();
        int colon = written.indexOf(':');
        if (written.isEmpty() || colon < 1 || colon == written.length() - 1) {
            throw new DomainException(Message.of(EvidenceReference.class, "reference.shape", written));
        }
        if (written.length() > MAX_LENGTH) {
            throw new DomainException(Message.of(EvidenceReference.class, "reference.tooLong", written.length(),
                    MAX_LENGTH));
        }
        EvidenceKind kind = EvidenceKind.ofPrefix(written.substring(0, colon));
        String what = written.substring(colon + 1).strip();
        try {
            return switch (kind) {
                case NEED -> need(what);
                case FINDING -> new Finding(FindingId.parse(what));
                case SURVEY_TABLE -> survey(what);
                case SEMINAR_OUTCOME -> seminar(what);
                case BORICH_RANK -> new BorichRank(CompetenceKey.parse(what));
                case PILOT_RESULT -> pilot(what);
                case PARTNER_CANDIDATE -> new PartnerCandidate(ActorReference.parse(what));
            };
        } catch (DomainException e) {
            throw new DomainException(Message.of(EvidenceReference.class, "reference.invalid", written, e.text()));
        }
    }

    private static Need need(String what) {
        Matcher m = Pattern.compile("(\\d{4})\\s*/\\s*(.+)").matcher(what);
        if (m.matches()) {
            return new Need(Optional.of(Municipality.of(m.group(1))), NeedTheme.parse(m.group(2)));
        }
        return new Need(Optional.empty(), NeedTheme.parse(what));
    }

    private static SurveyTable survey(String what) {
        int slash = what.indexOf('/');
        String variable = Question.checkVariable(slash < 0 ? what : what.substring(0, slash));
        if (slash < 0) {
            return new SurveyTable(variable, SurveyTable.ALL);
        }
        String group = what.substring(slash + 1).strip();
        if (group.equalsIgnoreCase(SurveyTable.ALL) || group.equalsIgnoreCase("alla")) {
            return new SurveyTable(variable, SurveyTable.ALL);
        }
        if (group.matches("(0[1-9])|(1[0-9])|(2[0-5])")) {
            // county codes are 01-25; a two-digit legal form code (51, 61) is above them
            return new SurveyTable(variable, County.of(group).code());
        }
        Optional<LegalForm> form = LegalForm.find(group);
        if (form.isEmpty()) {
            throw new DomainException(Message.of(EvidenceReference.class, "reference.surveyGroup", group));
        }
        return new SurveyTable(variable, form.get().name());
    }

    private static SeminarOutcome seminar(String what) {
        int slash = what.indexOf('/');
        if (slash < 0) {
            return new SeminarOutcome(OptionalLong.empty(), number(what, "reference.seminar"));
        }
        return new SeminarOutcome(OptionalLong.of(number(what.substring(0, slash), "reference.seminar")),
                number(what.substring(slash + 1), "reference.seminar"));
    }

    private static PilotResult pilot(String what) {
        int slash = what.indexOf('/');
        String module = (slash < 0 ? what : what.substring(slash + 1)).strip().toUpperCase(Locale.ROOT);
        if (slash < 0) {
            return new PilotResult(OptionalInt.empty(), module);
        }
        return new PilotResult(OptionalInt.of(number(what.substring(0, slash), "reference.pilot")), module);
    }

    private static int number(String text, String key) {
        long number = Codes.positiveNumber(text, EvidenceReference.class, key);
        if (number > Integer.MAX_VALUE) {
            throw new DomainException(Message.of(EvidenceReference.class, key, text));
        }
        return (int) number;
    }
}
