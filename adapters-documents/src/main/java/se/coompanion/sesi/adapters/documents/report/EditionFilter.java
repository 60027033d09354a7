package se.coompanion.sesi.adapters.documents.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.Edition;
import se.coompanion.sesi.adapters.documents.report.ReportView.Block;
import se.coompanion.sesi.adapters.documents.report.ReportView.CellView;
import se.coompanion.sesi.adapters.documents.report.ReportView.Chart;
import se.coompanion.sesi.adapters.documents.report.ReportView.EvidenceView;
import se.coompanion.sesi.adapters.documents.report.ReportView.HeaderView;
import se.coompanion.sesi.adapters.documents.report.ReportView.Listing;
import se.coompanion.sesi.adapters.documents.report.ReportView.RecommendationView;
import se.coompanion.sesi.adapters.documents.report.ReportView.RowView;
import se.coompanion.sesi.adapters.documents.report.ReportView.Section;
import se.coompanion.sesi.adapters.documents.report.ReportView.TableView;
import se.coompanion.sesi.domain.shared.Message;

/**
 * The report's view for one edition. The builder writes everything the records hold; this filter makes the public
 * edition of it, and says in the foreword ("Om rapporten") which edition the reader has:
 *
 * <ul>
 *   <li>the columns of the stakeholders' salience class and attitude are left out of every table, and a partner in
 *       the annex of evidence is shown without its attitude;</li>
 *   <li>every personal name is left out: each contact person's full name, given name, family name, e-mail address
 *       and phone number, wherever the records quote them (a rationale "Enligt ...", a conclusion, a comment), becomes
 *       "en kontaktperson" / "a contact person". The sources of the annex keep their authors: a published work is
 *       cited as published.</li>
 * </ul>
 *
 * <p>The internal edition keeps everything and says that it is internal working material.
 */
final class EditionFilter {

    /** The columns the public edition leaves out: Mitchell's salience class and the attitude. */
    static final Set<String> INTERNAL_COLUMNS = Set.of("salience", "attitude");

    private static final String ABOUT = "about";
    /** A letter or digit on either side of a name means it is part of another word. */
    private static final String LETTER = "[\\p{L}\\p{N}]";

    private final Edition edition;
    private final Locale locale;
    private final Pattern names;
    private final String person;

    /**
     * @param edition the edition
     * @param people  what identifies each person the records may quote: names, e-mail addresses, phone numbers
     * @param locale  the report's language
     */
    EditionFilter(Edition edition, Collection<String> people, Locale locale) {
        this.edition = edition;
        this.locale = locale;
        this.names = pattern(people);
        this.person = text("edition.person");
    }

    /** The view for the edition. */
    ReportView apply(ReportView view) {
        List<Section> sections = new ArrayList<>();
        for (Section section : view.sections()) {
            List<Block> blocks = new ArrayList<>();
            if (section.id().equals(ABOUT)) {
                blocks.add(Block.note(text(edition == Edition.PUBLIC ? "edition.public.foreword"
                        : "edition.internal.foreword")));
            }
            boolean sources = section.id().equals(ReportBuilder.SOURCES_ID);
            section.blocks().forEach(b -> blocks.add(edition == Edition.PUBLIC && !sources ? publicBlock(b) : b));
            sections.add(new Section(section.id(), redact(section.heading()), blocks));
        }
        return new ReportView(view.lang(), redact(view.title()), redact(view.lead()), sections,
                redact(view.footer()), view.exampleLabel());
    }

    private Block publicBlock(Block b) {
        return new Block(redact(b.subheading()), redact(b.paragraph()), redact(b.note()),
                b.bullets() == null ? null : new Listing<>(b.bullets().items().stream().map(this::redact).toList()),
                b.figure() == null ? null : chart(b.figure()), b.table() == null ? null : table(b.table()),
                b.recommendations() == null ? null : new Listing<>(b.recommendations().items().stream()
                        .map(this::recommendation).toList()),
                b.evidence() == null ? null : new Listing<>(b.evidence().items().stream().map(this::evidence)
                        .toList()),
                b.sources());
    }

    private Chart chart(Chart chart) {
        return new Chart(chart.id(), redact(chart.heading()), redactMarkup(chart.svg()), redact(chart.caption()),
                chart.table() == null ? null : table(chart.table()));
    }

    /** The table without the internal columns, every cell without names. */
    private TableView table(TableView table) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            if (!INTERNAL_COLUMNS.contains(table.headers().get(i).key())) {
                kept.add(i);
            }
        }
        List<HeaderView> headers = kept.stream().map(table.headers()::get).map(h -> new HeaderView(h.key(),
                redact(h.text()), h.number(), h.align())).toList();
        List<RowView> rows = table.rows().stream().map(r -> new RowView(kept.stream().map(r.cells()::get)
                .map(c -> new CellView(redact(c.text()), c.number(), c.header())).toList())).toList();
        return new TableView(redact(table.caption()), headers, rows);
    }

    private RecommendationView recommendation(RecommendationView r) {
        return new RecommendationView(r.number(), r.priority(), redact(r.statement()), redact(r.rationale()),
                r.evidence());
    }

    private EvidenceView evidence(EvidenceView e) {
        String summary = redact(e.publicSummary());
        return new EvidenceView(e.number(), e.code(), e.kind(), summary, summary, e.missing());
    }

    // ---------------------------------------------------------------- names

    /** The text with every name of a person replaced; null stays null. */
    String redact(String text) {
        return edition == Edition.INTERNAL || text == null || names == null ? text : replace(text, t -> t);
    }

    /** Markup (a chart's SVG) whose text may hold a name, also HTML-escaped. */
    private String redactMarkup(String markup) {
        return edition == Edition.INTERNAL || markup == null || names == null ? markup
                : replace(markup.replace("&#39;", "'").replace("&amp;", "&"), t -> t.replace("&", "&amp;")
                        .replace("'", "&#39;"));
    }

    private String replace(String text, UnaryOperator<String> escape) {
        Matcher matcher = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean sentenceStart = text.substring(0, matcher.start()).stripTrailing().isEmpty()
                    || text.substring(0, matcher.start()).stripTrailing().matches("(?s).*[.!?:]");
            String replacement = sentenceStart ? capitalised(person) : person;
            matcher.appendReplacement(out, Matcher.quoteReplacement(escape.apply(replacement)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /**
     * One pattern for every name: the full names, then each part of a name of three letters or more that starts
     * with a capital (a given name, a family name), then the e-mail addresses and phone numbers; the longest first,
     * each only as a whole word.
     */
    private static Pattern pattern(Collection<String> people) {
        Set<String> terms = new LinkedHashSet<>();
        for (String identity : people) {
            String term = identity.strip();
            if (term.length() < 3) {
                continue;
            }
            terms.add(term);
            for (String part : term.split("\\s+")) {
                if (part.length() >= 3 && Character.isUpperCase(part.codePointAt(0))) {
                    terms.add(part);
                }
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        String alternatives = terms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        return Pattern.compile("(?<!" + LETTER + ")(?:" + alternatives + ")(?!" + LETTER + ")");
    }

    private String text(String key) {
        return Message.of(ReportBuilder.class, key).format(locale);
    }
}
