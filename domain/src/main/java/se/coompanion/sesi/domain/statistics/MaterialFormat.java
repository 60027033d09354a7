package se.coompanion.sesi.domain.statistics;

import java.util.Locale;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/** The forms the information material is produced in. */
public enum MaterialFormat {
    /** A self-contained HTML page with inline SVG charts, printable on A4. */
    HTML("html"),
    /** Markdown with the same content; tables instead of charts. */
    MARKDOWN("md"),
    /** A PDF on A4 pages with the same content and charts, fonts embedded, tagged for screen readers. */
    PDF("pdf");

    private final String extension;

    MaterialFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot: "html", "md" or "pdf". */
    public String extension() {
        return extension;
    }

    /** Reads html, md, markdown or pdf in any case. */
    public static MaterialFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "html" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "pdf" -> PDF;
            default -> throw new DomainException(Message.of(MaterialFormat.class, "format.unknown", t));
        };
    }
}
