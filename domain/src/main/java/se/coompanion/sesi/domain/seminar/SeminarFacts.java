package se.coompanion.sesi.domain.seminar;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.TextField;

/**
 * What a seminar is when it is planned: title, day, where (a place, a digital link, or both for a hybrid seminar),
 * the day answers are asked for, and the accessibility measures taken (ESF+ asks that they be recorded).
 *
 * @param title         the seminar's title
 * @param date          the day it is held
 * @param answerBy      the last day to answer the invitation; an invitation still unanswered after it is NO_ANSWER
 * @param place         the venue, if held on site
 * @param link          the address of the digital meeting, if held online
 * @param accessibility the accessibility measures (hearing loop, step-free venue, captions ...), in order
 */
public record SeminarFacts(String title, LocalDate date, LocalDate answerBy, Optional<String> place,
        Optional<String> link, ImmutableList<String> accessibility) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PLACE = 300;
    public static final int MAX_LINK = 1000;
    public static final int MAX_MEASURE = 300;
    public static final int MAX_MEASURES = 20;
    /** Checked loosely: http or https, a host, no spaces. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s/?#]+[^\\s]*", Pattern.CASE_INSENSITIVE);

    public SeminarFacts {
        title = title(title);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(answerBy, "answerBy");
        place = TextField.optional(Message.of(SeminarFacts.class, "field.place"), place, MAX_PLACE);
        link = Objects.requireNonNull(link, "link").map(SeminarFacts::link);
        if (place.isEmpty() && link.isEmpty()) {
            throw new DomainException(Message.of(SeminarFacts.class, "seminar.where"));
        }
        if (answerBy.isAfter(date)) {
            throw new DomainException(Message.of(SeminarFacts.class, "seminar.answerByAfterDate", answerBy, date));
        }
        accessibility = measures(accessibility);
    }

    /**
     * The facts of a seminar whose answer day, when not given, is the day before the seminar.
     *
     * @param answerBy the last day to answer; the day before the seminar when empty
     */
    public static SeminarFacts of(String title, LocalDate date, Optional<LocalDate> answerBy, Optional<String> place,
            Optional<String> link, List<String> accessibility) {
        Objects.requireNonNull(date, "date");
        return new SeminarFacts(title, date, answerBy.orElse(date.minusDays(1)), place, link,
                ImmutableList.copyOf(accessibility));
    }

    /** Checks a title: not blank, at most {@value #MAX_TITLE} characters. */
    public static String title(String text) {
        return TextField.required(Message.of(SeminarFacts.class, "field.title"), text, MAX_TITLE);
    }

    /** Checks the address of a digital meeting, loosely: http or https, a host, no spaces. */
    public static String link(String text) {
        String link = TextField.required(Message.of(SeminarFacts.class, "field.link"), text, MAX_LINK);
        if (!LINK.matcher(link).matches()) {
            throw new DomainException(Message.of(SeminarFacts.class, "seminar.link", link));
        }
        return link;
    }

    /** True when the seminar is held online, alone or beside a venue. */
    public boolean digital() {
        return link.isPresent();
    }

    private static ImmutableList<String> measures(List<String> given) {
        List<String> kept = new ArrayList<>();
        Message field = Message.of(SeminarFacts.class, "field.accessibility");
        for (String measure : given == null ? List.<String>of() : given) {
            TextField.optional(field, measure, MAX_MEASURE).ifPresent(m -> {
                if (m.contains("\n") || m.contains("\r")) {
                    throw new DomainException(Message.of(SeminarFacts.class, "seminar.measureLines", m));
                }
                if (!kept.contains(m)) {
                    kept.add(m);
                }
            });
        }
        if (kept.size() > MAX_MEASURES) {
            throw new DomainException(Message.of(SeminarFacts.class, "seminar.measures", kept.size(), MAX_MEASURES));
        }
        return ImmutableList.copyOf(kept);
    }
}
