package se.coompanion.sesi.adapters.cli.implementation;

import java.util.Locale;
import java.util.Optional;
import se.coompanion.sesi.adapters.cli.CodeConverter;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The forms {@code sesi implementation document --format} writes the application draft in: the document's three
 * ({@link DocumentFormat}) and the JSON export for other systems, which only the draft has.
 */
enum DraftFormat {
    HTML(DocumentFormat.HTML),
    MARKDOWN(DocumentFormat.MARKDOWN),
    PDF(DocumentFormat.PDF),
    JSON(null);

    private final DocumentFormat document;

    DraftFormat(DocumentFormat document) {
        this.document = document;
    }

    /** The document's form; empty for the JSON export. */
    Optional<DocumentFormat> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Reads {@code html}, {@code md} (or {@code markdown}), {@code pdf} or {@code json} in any case.
     *
     * @throws DomainException for any other text, listing the four
     */
    static DraftFormat parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "html" -> HTML;
            case "md", "markdown" -> MARKDOWN;
            case "pdf" -> PDF;
            case "json" -> JSON;
            default -> throw new DomainException(Message.of(DraftFormat.class, "document.format.unknown", t));
        };
    }

    /** The converter of {@code --format}. */
    static final class Converter extends CodeConverter<DraftFormat> {

        Converter() {
            super(DraftFormat::parse);
        }
    }
}
