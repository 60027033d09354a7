package se.coompanion.sesi.adapters.documents;

import java.util.Locale;
import java.util.Optional;

/** The forms of a picture document (the gap matrix's heat map, the power/interest grid). */
public enum PictureFormat {
    /** A self-contained HTML page: the picture, its numbers as a table, and the method in a few lines. */
    HTML("html", TextDocument.HTML),
    /** The picture alone, an SVG file with its title and description for screen readers. */
    SVG("svg", TextDocument.SVG);

    private final String extension;
    private final String mediaType;

    PictureFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The form a file name asks for: {@code .svg} is SVG, {@code .html} or {@code .htm} HTML.
     *
     * @param fileName a file name, in any case
     * @return the form, or empty for any other extension
     */
    public static Optional<PictureFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Optional.of(SVG);
        }
        return name.endsWith(".html") || name.endsWith(".htm") ? Optional.of(HTML) : Optional.empty();
    }
}
