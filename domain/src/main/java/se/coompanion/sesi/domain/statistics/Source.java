package se.coompanion.sesi.domain.statistics;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.WebAddress;

/**
 * Where a figure comes from. Every figure has one: the publisher and the title are required, the year of
 * publication and a web address are given when known.
 *
 * @param publisher who published it, e.g. "Tillväxtanalys" or "SCB"
 * @param title     the publication, e.g. "Nystartade företag 2022"
 * @param year      the year of publication, when known
 * @param url       an http or https address, when known
 */
public record Source(String publisher, String title, OptionalInt year, Optional<String> url) {

    public static final int MAX_PUBLISHER = 300;
    public static final int MAX_TITLE = 500;
    public static final int MAX_URL = 2000;


    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(url, "url");
        publisher = publisher.strip();
        title = title.strip();
        url = url.map(String::strip).filter(u -> !u.isEmpty());
        if (publisher.isEmpty()) {
            throw new DomainException(Message.of(Source.class, "source.publisherMissing"));
        }
        if (title.isEmpty()) {
            throw new DomainException(Message.of(Source.class, "source.titleMissing"));
        }
        if (publisher.length() > MAX_PUBLISHER) {
            throw new DomainException(Message.of(Source.class, "source.tooLong", publisher, MAX_PUBLISHER));
        }
        if (title.length() > MAX_TITLE) {
            throw new DomainException(Message.of(Source.class, "source.tooLong", title, MAX_TITLE));
        }
        if (year.isPresent()) {
            Figure.checkYear(year.getAsInt(), "source.year");
        }
        if (url.isPresent() && (url.get().length() > MAX_URL || !WebAddress.isValid(url.get()))) {
            throw new DomainException(Message.of(Source.class, "source.url", url.get()));
        }
    }

    public static Source of(String publisher, String title, Integer year, String url) {
        return new Source(publisher == null ? "" : publisher, title == null ? "" : title,
                year == null ? OptionalInt.empty() : OptionalInt.of(year), Optional.ofNullable(url));
    }

    /** Checks a publisher: not blank, at most {@value #MAX_PUBLISHER} characters. */
    public static String parsePublisher(String text) {
        return of(text, "-", null, null).publisher();
    }

    /** Checks a title: not blank, at most {@value #MAX_TITLE} characters. */
    public static String parseTitle(String text) {
        return of("-", text, null, null).title();
    }

    /** Reads a year of publication: four digits. */
    public static int parseYear(String text) {
        return Figure.parseYear(text, "source.year");
    }

    /** Reads a web address: http or https. */
    public static String parseUrl(String text) {
        return of("-", "-", null, text).url().orElse("");
    }

    /** "Publisher: Title (Year)" as a citation. */
    public String citation() {
        return publisher + ": " + title + (year.isPresent() ? " (" + year.getAsInt() + ")" : "");
    }

    @Override
    public String toString() {
        return citation();
    }
}
