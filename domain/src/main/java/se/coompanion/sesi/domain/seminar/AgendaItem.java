package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * A point of a seminar's agenda, usually a method or model for jobs and skills, and its outcome: the participants'
 * ratings of its relevance for the region (1 to 5) and the conclusions drawn.
 *
 * @param number      its place on the agenda, from 1
 * @param title       what is discussed
 * @param method      the method or model it presents, if any
 * @param description more about it, optional
 * @param relevance   the participants' ratings of its relevance for the region
 * @param conclusions the conclusions drawn, in the order recorded
 */
public record AgendaItem(int number, String title, Optional<MethodModel> method, Optional<String> description,
        RatingTally relevance, ImmutableList<String> conclusions) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CONCLUSION = 4000;

    public AgendaItem {
        if (number < 1) {
            throw new IllegalArgumentException("agenda items are numbered from 1: " + number);
        }
        title = TextField.required(Message.of(AgendaItem.class, "field.itemTitle"), title, MAX_TITLE);
        Objects.requireNonNull(method, "method");
        description = TextField.optional(Message.of(AgendaItem.class, "field.description"), description,
                MAX_DESCRIPTION);
        Objects.requireNonNull(relevance, "relevance");
        conclusions = conclusions(conclusions);
    }

    /** A new item without an outcome yet. */
    public static AgendaItem planned(int number, String title, Optional<MethodModel> method,
            Optional<String> description) {
        return new AgendaItem(number, title, method, description, RatingTally.NONE, ImmutableList.of());
    }

    /** The item with more ratings and conclusions added to its outcome. */
    public AgendaItem withOutcomeAdded(RatingTally ratings, List<String> moreConclusions) {
        return new AgendaItem(number, title, method, description, relevance.plus(ratings),
                ImmutableList.<String>builder().addAll(conclusions).addAll(moreConclusions).build());
    }

    /** The item with its outcome replaced. */
    public AgendaItem withOutcome(RatingTally ratings, List<String> newConclusions) {
        return new AgendaItem(number, title, method, description, ratings, ImmutableList.copyOf(newConclusions));
    }

    /** True when ratings or conclusions have been recorded. */
    public boolean hasOutcome() {
        return relevance.n() > 0 || !conclusions.isEmpty();
    }

    /** Checks the text of a conclusion: not blank, at most {@value #MAX_CONCLUSION} characters. */
    public static String conclusion(String text) {
        return TextField.required(Message.of(AgendaItem.class, "field.conclusion"), text, MAX_CONCLUSION);
    }

    private static ImmutableList<String> conclusions(List<String> given) {
        return Objects.requireNonNull(given, "conclusions").stream().map(AgendaItem::conclusion)
                .collect(ImmutableList.toImmutableList());
    }
}
