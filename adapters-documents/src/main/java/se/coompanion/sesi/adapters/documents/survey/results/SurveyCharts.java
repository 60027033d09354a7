package se.coompanion.sesi.adapters.documents.survey.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.coompanion.sesi.adapters.documents.render.NumberText;
import se.coompanion.sesi.adapters.documents.render.chart.BarChart;
import se.coompanion.sesi.adapters.documents.render.chart.LikertChart;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Choice;
import se.coompanion.sesi.domain.survey.QuestionType;
import se.coompanion.sesi.domain.survey.results.QuestionResults;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;

/**
 * The chart of a question's results, the same on the results pages and in the final report: a scale question
 * (LIKERT_5) as diverging stacked bars, one per group ({@link LikertChart}: the scale points 1-5 as shares of the
 * answers on the scale, a non-substantive answer such as "Vet ej" apart as its share of the valid answers); a
 * multiple-response question as one bar per option with its share of the respondents, the largest first; a
 * single-choice question as one bar per answer in the form's order. In a cross-tab every group has its bar under each
 * answer. Labels are never shortened: the charts wrap them.
 */
public final class SurveyCharts {

    private SurveyCharts() {
    }

    /**
     * The chart's SVG.
     *
     * @param results   the question's results
     * @param columns   the groups to draw (the first is usually "all")
     * @param groupName the name of a group for people
     * @param title     the chart's title (the question's text)
     * @param locale    the reader's language
     * @return the SVG element
     */
    public static String svg(QuestionResults results, List<QuestionResults.Column> columns,
            Function<String, String> groupName, String title, Locale locale) {
        QuestionType type = results.question().type();
        if (type == QuestionType.LIKERT_5) {
            return likert(results, columns, groupName, title, locale);
        }
        return bars(results, columns, groupName, title, locale);
    }

    private static String likert(QuestionResults results, List<QuestionResults.Column> columns,
            Function<String, String> groupName, String title, Locale locale) {
        List<Choice> choices = results.question().choices();
        List<Choice> scale = choices.stream().filter(SurveyCharts::onScale).toList();
        List<Choice> apart = choices.stream().filter(c -> !onScale(c)).toList();
        List<LikertChart.Group> groups = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (QuestionResults.Column column : columns) {
            QuestionResults.ChoiceColumn counts = (QuestionResults.ChoiceColumn) column;
            long onScale = scale.stream().mapToLong(c -> count(counts, c)).sum();
            long valid = column.base().valid();
            List<Double> shares = scale.stream().map(c -> onScale == 0 ? 0.0 : count(counts, c) / (double) onScale)
                    .toList();
            double apartShare = valid == 0 ? 0 : apart.stream().mapToLong(c -> count(counts, c)).sum()
                    / (double) valid;
            String name = groupName.apply(column.group());
            groups.add(new LikertChart.Group(name, shares, apartShare));
            described.add(name + ": " + IntStream.range(0, scale.size()).mapToObj(i -> scale.get(i).label() + " "
                    + share(shares.get(i), locale)).collect(Collectors.joining(", "))
                    + (apart.isEmpty() ? "" : "; " + label(apart) + " " + share(apartShare, locale)));
        }
        String description = text(locale, "chart.likertDescription", results.question().label(),
                String.join(". ", described));
        return new LikertChart(title, description, scale.stream().map(Choice::label).toList(),
                apart.isEmpty() ? null : label(apart), groups, s -> share(s, locale)).svg();
    }

    private static String bars(QuestionResults results, List<QuestionResults.Column> columns,
            Function<String, String> groupName, String title, Locale locale) {
        boolean multi = results.question().type() == QuestionType.MULTI;
        List<Choice> choices = new ArrayList<>(results.question().choices());
        if (multi) {
            QuestionResults.Column first = columns.get(0);
            choices.sort(Comparator.comparingDouble((Choice c) -> share(first, c).orElse(0)).reversed());
        }
        boolean grouped = columns.size() > 1;
        List<BarChart.Bar> bars = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (Choice choice : choices) {
            for (QuestionResults.Column column : columns) {
                OptionalDouble share = share(column, choice);
                String shown = share.isPresent() ? share(share.getAsDouble(), locale) : "–";
                String label = grouped ? choice.label() + " (" + groupName.apply(column.group()) + ")" : choice.label();
                bars.add(new BarChart.Bar(label, share.orElse(0), shown, grouped
                        && column.group().equals(ResultGrouping.ALL)));
                described.add(label + " " + shown);
            }
        }
        String base = text(locale, multi ? "chart.ofRespondents" : "chart.ofValid");
        return new BarChart(title, text(locale, "chart.description", results.question().label(), base,
                String.join("; ", described)), bars, 1.0).svg();
    }

    /** True for the points 1-5 of a scale question; other codes (9 "Vet ej") are not on the scale. */
    static boolean onScale(Choice choice) {
        return choice.code().matches("[1-5]");
    }

    private static String label(List<Choice> apart) {
        return apart.stream().map(Choice::label).collect(Collectors.joining(" / "));
    }

    private static long count(QuestionResults.ChoiceColumn column, Choice choice) {
        return column.codes().stream().filter(c -> c.choice().code().equals(choice.code()))
                .mapToLong(QuestionResults.CodeCount::count).sum();
    }

    private static OptionalDouble share(QuestionResults.Column column, Choice choice) {
        if (column instanceof QuestionResults.MultiColumn m) {
            return m.options().stream().filter(o -> o.choice().code().equals(choice.code())).findFirst()
                    .map(QuestionResults.OptionCount::ofRespondents).orElse(OptionalDouble.empty());
        }
        return ((QuestionResults.ChoiceColumn) column).codes().stream()
                .filter(c -> c.choice().code().equals(choice.code())).findFirst()
                .map(QuestionResults.CodeCount::share).orElse(OptionalDouble.empty());
    }

    private static String share(double share, Locale locale) {
        return NumberText.share(BigDecimal.valueOf(share), locale);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(SurveyCharts.class, key, args).format(locale);
    }
}
