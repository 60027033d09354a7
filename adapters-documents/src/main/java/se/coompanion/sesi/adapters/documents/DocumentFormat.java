package se.coompanion.sesi.adapters.documents;

import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/** The forms of the written documents (the final report, the information material). */
public enum DocumentFormat {
    /** A self-contained HTML page: inline CSS and SVG charts, each chart with its table, no scripts, A4 print. */
    HTML("html", TextDocument.HTML, MaterialFormat.HTML),
    /** Markdown with the same content, tables instead of charts. */
    MARKDOWN("md", TextDocument.MARKDOWN, MaterialFormat.MARKDOWN);

    private final String extension;
    private final String mediaType;
    private final MaterialFormat material;

    DocumentFormat(String extension, String mediaType, MaterialFormat material) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.material = material;
    }

    /** The file name extension, without the dot: {@code html} or {@code md}. */
    public String extension() {
        return extension;
    }

    /** The media type, with its charset. */
    public String mediaType() {
        return mediaType;
    }

    /** The form as the information material's production records it. */
    public MaterialFormat materialFormat() {
        return material;
    }

    /**
     * Reads {@code html}, {@code md} or {@code markdown} in any case, as the information material's forms are read.
     *
     * @param text the form's name
     * @return the form
     * @throws DomainException for any other text, with a message that lists the forms
     */
    public static DocumentFormat parse(String text) {
        MaterialFormat material = MaterialFormat.parse(text);
        for (DocumentFormat format : values()) {
            if (format.material == material) {
                return format;
            }
        }
        throw new IllegalStateException("no document format for " + material);
    }
}
