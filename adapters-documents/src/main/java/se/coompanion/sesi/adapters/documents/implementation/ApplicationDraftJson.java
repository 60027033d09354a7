package se.coompanion.sesi.adapters.documents.implementation;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import se.coompanion.sesi.adapters.documents.TextDocument;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;

/**
 * The application draft as JSON for other systems, in one language: the same content as
 * {@link ApplicationDraftDocument} (the sections of the application form, every claim with the numbers of its evidence
 * in annex A, the check's open points, the parts a person must write), with stable English field names, codes as
 * codes beside their labels in the language, numbers as numbers and ISO dates (docs/implementation.md, "The JSON
 * export"). Its file is {@code ansokningsutkast-LANG.json}, UTF-8, objects indented by two spaces and arrays on
 * their line; Jackson writes it, so every
 * text is escaped as JSON requires. Made by
 * {@link se.coompanion.sesi.adapters.documents.SesiDocuments#implementationDraftJson}.
 */
public final class ApplicationDraftJson extends TextDocument {

    /** The media type (RFC 8259: JSON is UTF-8 and takes no charset parameter). */
    public static final String MEDIA_TYPE = "application/json";
    /** The file name extension. */
    public static final String EXTENSION = "json";

    /** One writer for every draft: thread-safe once configured. Leaves the caller's writer open. */
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private final DraftJson json;

    /**
     * @param draft  the draft as {@code ShowImplementationDraft} shows it
     * @param locale the language of the labels (Swedish or English); what the team wrote is as written
     */
    public ApplicationDraftJson(ShowImplementationDraft.DraftView draft, Locale locale) {
        super(fileName(locale), MEDIA_TYPE);
        this.json = new DraftJsonBuilder(Objects.requireNonNull(draft, "draft"), Objects.requireNonNull(locale,
                "locale")).build();
    }

    /**
     * The file name for a language.
     *
     * @param locale the language
     * @return {@code ansokningsutkast-sv.json} or {@code ansokningsutkast-en.json}
     */
    public static String fileName(Locale locale) {
        return ApplicationDraftDocument.BASE_NAME + "-" + locale.getLanguage() + "." + EXTENSION;
    }

    @Override
    protected void writeText(Writer out) throws IOException {
        WRITER.writeValue(out, json);
        out.write('\n');
    }
}
