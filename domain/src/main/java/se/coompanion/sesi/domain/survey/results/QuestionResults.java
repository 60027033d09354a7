package se.coompanion.sesi.domain.survey.results;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.Question;
import se.coompanion.sesi.domain.survey.QuestionType;

/**
 * The results table of one question (domain.md, Postal survey: results): one column per group of returns (all, or a
 * cross-tab's groups), each with its N and the split into not asked, no answer and valid answers ({@link Base}).
 * <ul>
 * <li>SINGLE and LIKERT_5: a frequency table, every choice with its count and its share of the valid answers
 *     (column percents in a cross-tab); LIKERT_5 also the mean of the answers on the scale points 1-5 (a
 *     non-substantive code such as 9 "Vet ej" is a valid answer in the distribution but not in the mean);</li>
 * <li>MULTI: a multiple-response table, every option with the number of respondents who ticked it, its share of
 *     the respondents (who ticked at least one option; the shares add up to more than 100 %) and its share of all
 *     ticks (which add up to 100 %);</li>
 * <li>INTEGER and DECIMAL: n, mean, median (the middle value, or the mean of the two middle values), min, max;</li>
 * <li>DATE: n, the earliest and the latest date;</li>
 * <li>TEXT: the answers with how many returns gave each, most frequent first.</li>
 * </ul>
 *
 * @param question the question (as the latest version describes it)
 * @param columns  one per group, in the order given
 */
public record QuestionResults(Question question, ImmutableList<Column> columns) {

    /** Digits kept in a mean: enough for any rounding a table makes. */
    public static final int MEAN_SCALE = 10;

    public QuestionResults {
        Objects.requireNonNull(question, "question");
        columns = ImmutableList.copyOf(columns);
    }

    /**
     * The rows of one group of returns for one question.
     *
     * @param key     the group: {@code all}, a county code, a legal form, a code of the cross-tab question
     * @param returns N: the usable returns in the group
     * @param tallies the question's tallies in the group
     */
    public record Group(String key, long returns, List<Tally> tallies) {

        public Group {
            Objects.requireNonNull(key, "key");
            tallies = List.copyOf(tallies);
        }

        /** One group of every return of the given groups, under the key. */
        public static Group merged(String key, List<Group> groups) {
            List<Tally> all = new ArrayList<>();
            groups.forEach(g -> all.addAll(g.tallies()));
            return new Group(key, groups.stream().mapToLong(Group::returns).sum(), all);
        }
    }

    /** The results of a question for the groups. */
    public static QuestionResults of(Question question, List<Group> groups) {
        List<Column> columns = new ArrayList<>();
        for (Group group : groups) {
            long noAnswer = group.tallies().stream().filter(t -> !t.answered()).mapToLong(Tally::rows).sum();
            long valid = group.tallies().stream().filter(Tally::answered).mapToLong(Tally::items).sum();
            Base base = Base.of(group.returns(), noAnswer, valid);
            List<Tally> answered = group.tallies().stream().filter(Tally::answered).toList();
            columns.add(switch (question.type()) {
                case SINGLE, LIKERT_5 -> choices(question, group.key(), base, answered);
                case MULTI -> multi(question, group.key(), base, answered);
                case INTEGER, DECIMAL -> numbers(group.key(), base, answered);
                case DATE -> dates(group.key(), base, answered);
                case TEXT -> texts(group.key(), base, answered);
            });
        }
        return new QuestionResults(question, ImmutableList.copyOf(columns));
    }

    /** A column of the table: a group's N and its figures. */
    public sealed interface Column permits ChoiceColumn, MultiColumn, NumberColumn, DateColumn, TextColumn {

        String group();

        Base base();
    }

    /**
     * @param choice the answer
     * @param count  returns that gave it
     * @param share  of the valid answers
     */
    public record CodeCount(Choice choice, long count, OptionalDouble share) {
    }

    /**
     * @param n     the answers on the scale points 1-5
     * @param value their mean
     */
    public record Mean(long n, BigDecimal value) {
    }

    /** A frequency table's column (SINGLE, LIKERT_5); the mean for LIKERT_5 when it has answers on the scale. */
    public record ChoiceColumn(String group, Base base, ImmutableList<CodeCount> codes, Optional<Mean> mean)
            implements Column {
    }

    /**
     * @param choice        the option
     * @param count         respondents who ticked it
     * @param ofRespondents its share of the respondents
     * @param ofAnswers     its share of all ticks
     */
    public record OptionCount(Choice choice, long count, OptionalDouble ofRespondents, OptionalDouble ofAnswers) {
    }

    /** A multiple-response table's column: the respondents are its valid base; {@code answers} counts the ticks. */
    public record MultiColumn(String group, Base base, long answers, ImmutableList<OptionCount> options)
            implements Column {
    }

    /** n, mean, median, min and max of the valid answers. */
    public record NumberSummary(long n, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {
    }

    /** The summary of a number question; empty without a valid answer. */
    public record NumberColumn(String group, Base base, Optional<NumberSummary> summary) implements Column {
    }

    /** The earliest and latest date answered. */
    public record DateColumn(String group, Base base, Optional<LocalDate> earliest, Optional<LocalDate> latest)
            implements Column {
    }

    /**
     * @param text  an answer as keyed
     * @param count returns that gave it
     */
    public record TextCount(String text, long count) {
    }

    /** The text answers, most frequent first, then in alphabetical order. */
    public record TextColumn(String group, Base base, ImmutableList<TextCount> answers) implements Column {
    }

    private static ChoiceColumn choices(Question question, String group, Base base, List<Tally> answered) {
        Map<String, Long> counts = countsByCode(question, answered);
        List<CodeCount> codes = new ArrayList<>();
        long scaleN = 0;
        long scaleSum = 0;
        for (Choice choice : choicesWithData(question, counts)) {
            long count = counts.getOrDefault(choice.code(), 0L);
            codes.add(new CodeCount(choice, count, Share.of(count, base.valid())));
            if (question.isScalePoint(choice.code())) {
                scaleN += count;
                scaleSum += count * Long.parseLong(choice.code());
            }
        }
        Optional<Mean> mean = question.type() == QuestionType.LIKERT_5 && scaleN > 0
                ? Optional.of(new Mean(scaleN, BigDecimal.valueOf(scaleSum).divide(BigDecimal.valueOf(scaleN),
                        MEAN_SCALE, RoundingMode.HALF_UP)))
                : Optional.empty();
        return new ChoiceColumn(group, base, ImmutableList.copyOf(codes), mean);
    }

    private static MultiColumn multi(Question question, String group, Base base, List<Tally> answered) {
        Map<String, Long> counts = countsByCode(question, answered);
        long ticks = counts.values().stream().mapToLong(Long::longValue).sum();
        List<OptionCount> options = new ArrayList<>();
        for (Choice choice : choicesWithData(question, counts)) {
            long count = counts.getOrDefault(choice.code(), 0L);
            options.add(new OptionCount(choice, count, Share.of(count, base.valid()), Share.of(count, ticks)));
        }
        return new MultiColumn(group, base, ticks, ImmutableList.copyOf(options));
    }

    private static NumberColumn numbers(String group, Base base, List<Tally> answered) {
        TreeMap<BigDecimal, Long> distribution = new TreeMap<>();
        answered.forEach(t -> distribution.merge(t.number().orElseThrow(() -> new IllegalArgumentException(
                "a number question's answer without a number")), t.rows(), Long::sum));
        long n = distribution.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return new NumberColumn(group, base, Optional.empty());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, Long> entry : distribution.entrySet()) {
            sum = sum.add(entry.getKey().multiply(BigDecimal.valueOf(entry.getValue())));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MEAN_SCALE, RoundingMode.HALF_UP);
        BigDecimal median = n % 2 == 1 ? nth(distribution, (n + 1) / 2)
                : nth(distribution, n / 2).add(nth(distribution, n / 2 + 1)).divide(BigDecimal.valueOf(2));
        return new NumberColumn(group, base, Optional.of(new NumberSummary(n, mean, median.stripTrailingZeros(),
                distribution.firstKey(), distribution.lastKey())));
    }

    /** The k-th smallest value (from 1) of a distribution of values and their counts. */
    private static BigDecimal nth(TreeMap<BigDecimal, Long> distribution, long k) {
        long seen = 0;
        for (Map.Entry<BigDecimal, Long> entry : distribution.entrySet()) {
            seen += entry.getValue();
            if (seen >= k) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("no value number " + k);
    }

    private static DateColumn dates(String group, Base base, List<Tally> answered) {
        List<LocalDate> dates = answered.stream().map(t -> LocalDate.parse(t.text().orElseThrow(
                () -> new IllegalArgumentException("a date question's answer without a date")))).sorted().toList();
        return new DateColumn(group, base, dates.stream().findFirst(),
                dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)));
    }

    private static TextColumn texts(String group, Base base, List<Tally> answered) {
        Map<String, Long> counts = new LinkedHashMap<>();
        answered.forEach(t -> counts.merge(t.text().orElseThrow(
                () -> new IllegalArgumentException("a text question's answer without text")), t.rows(), Long::sum));
        List<TextCount> texts = counts.entrySet().stream().map(e -> new TextCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(TextCount::count).reversed()
                        .thenComparing(TextCount::text, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(TextCount::text))
                .toList();
        return new TextColumn(group, base, ImmutableList.copyOf(texts));
    }

    private static Map<String, Long> countsByCode(Question question, List<Tally> answered) {
        Map<String, Long> counts = new LinkedHashMap<>();
        answered.forEach(t -> counts.merge(t.code().orElseThrow(() -> new IllegalArgumentException(
                "an answer of " + question.variable() + " without a code")), t.rows(), Long::sum));
        return counts;
    }

    /** The question's choices, then any code in the data the question does not list (labelled with its code). */
    private static List<Choice> choicesWithData(Question question, Map<String, Long> counts) {
        List<Choice> choices = new ArrayList<>(question.choices());
        counts.keySet().stream().filter(code -> question.choice(code).isEmpty()).sorted()
                .forEach(code -> choices.add(new Choice(code, code)));
        return choices;
    }
}
