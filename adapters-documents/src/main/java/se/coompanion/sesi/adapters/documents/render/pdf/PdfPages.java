package se.coompanion.sesi.adapters.documents.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.coompanion.sesi.adapters.documents.render.Templates;
import se.coompanion.sesi.domain.shared.Message;

/**
 * Lays a document's HTML out on A4 pages as a PDF, without a browser: openhtmltopdf (PDFBox) with the SVG charts
 * drawn by Batik. The HTML is the body the document's HTML page has (the same templates); this class puts it on
 * pages with {@code templates/pdf/page.html} and its stylesheet {@code print.css}:
 *
 * <ul>
 *   <li>a cover page and a table of contents whose page numbers the layout fills in ({@link PdfLayout});</li>
 *   <li>a running footer with the document's name and "Sida 3 av 28" on every page, and an optional mark at the
 *       top of every page;</li>
 *   <li>a PDF bookmark for every heading, nested as the headings are;</li>
 *   <li>table headers repeated on every page a table runs over, no row split, a caption never left alone at the
 *       foot of a page;</li>
 *   <li>DejaVu Sans Condensed embedded (the subset used), also in the charts;</li>
 *   <li>a tagged PDF (openhtmltopdf's PDF/UA mode): the structure of headings, lists, tables and figures, the
 *       document's language and title, and every chart as a figure whose alternative text is the chart's title and
 *       its description (the chart's data in words).</li>
 * </ul>
 *
 * <p>Nothing is fetched: the only resources a page may load are the fonts in this jar, and the charts' SVG may load
 * nothing and run no script.
 */
public final class PdfPages {

    private static final String FONTS = "/se/coompanion/sesi/adapters/documents/fonts/";
    private static final String FONT_FAMILY = "DejaVu Sans Condensed";
    /** The charts' look, which the HTML page gives them through its stylesheet and Batik does not read. */
    private static final String CHART_STYLE = "text { font-family: 'SESI Chart'; font-size: 12px; fill: #1a1a1a; }"
            + " text[font-weight], tspan[font-weight] { font-family: 'SESI Chart Bold'; } .bar { fill: #2f5d8a; } .accent { fill: #a8432b; }"
            + " .axis { stroke: #4a4a4a; stroke-width: 1; } .grid { stroke: #c8c8c8; stroke-width: 1; }"
            + " .line { fill: none; stroke-width: 2.5; }"
            // the Likert chart's diverging bars and their texts
            + " .likert-d2 { fill: #a8432b; } .likert-d1 { fill: #e3ada0; } .likert-n { fill: #d4d4d4; }"
            + " .likert-a1 { fill: #a3bfd9; } .likert-a2 { fill: #2f5d8a; } .likert-apart { fill: #8c8c8c; }"
            + " text.on-dark { fill: #fff; } text.tick { font-size: 10px; fill: #4a4a4a; }"
            // the application draft's project logic
            + " .logic-heading { font-family: 'SESI Chart Bold'; font-size: 12px; } .logic-text { font-size: 11px; }"
            + " .logic-activity { fill: #f3f5f7; stroke: #2f5d8a; stroke-width: 1.5; }"
            + " .logic-box { fill: #fff; stroke: #2f5d8a; stroke-width: 1; }"
            + " .logic-empty { fill: #fff; stroke: #c8c8c8; stroke-width: 1; stroke-dasharray: 4 3; }"
            + " .logic-arrow { stroke: #4a4a4a; stroke-width: 1.5; } .logic-arrowhead { fill: #4a4a4a; }";
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    /** The width of the text on an A4 page with the stylesheet's margins of 18 mm: 210 mm less 2 x 18 mm. */
    private static final double TEXT_WIDTH_MM = 174;
    private static final double MM_PER_PX = 25.4 / 96;

    /**
     * A last page filled less than this is near empty: the layout is tried again a little tighter (the stylesheet's
     * {@code fit-1}, {@code fit-2}: smaller gaps, then slightly smaller text), so that its few lines move back.
     */
    private static final double MIN_FILL = 0.25;
    private static final int FITS = 2;
    /** How many times the layout is tried again to move tables whose header would stand alone at a page's foot. */
    private static final int MAX_MOVES = 3;

    /** A line of the table of contents as a link covers it: the heading, the dot leader, the page number. */
    private static final Pattern CONTENTS_LINE = Pattern.compile("(.+?)\\s*\\.{3,}\\s*(\\d+)");

    private static final Map<String, String> FONT_URLS = fontUrls();
    private static final Set<String> ALLOWED = Set.copyOf(FONT_URLS.values());

    static {
        // openhtmltopdf's default logger prints every INFO line ("Using fast-mode renderer") to the console, also under
        // the command line. Its messages go to java.util.logging's root instead, warnings and above only, so that the
        // program that uses the library decides what is shown (the command line: nothing but errors).
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new Handler() {
            @Override
            public void publish(LogRecord record) {
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, new SimpleFormatter()));
    }

    private PdfPages() {
    }

    /**
     * Writes the PDF of a document.
     *
     * @param body   the document's HTML body (what the HTML page has inside {@code main})
     * @param layout the cover, contents, footer and metadata
     * @param out    where the PDF goes; flushed, not closed
     * @throws IOException when the stream fails
     */
    public static void write(String body, PdfLayout layout, OutputStream out) throws IOException {
        write(body, layout, out, new ArrayList<>());
    }

    /**
     * Writes the PDF and gathers what openhtmltopdf warned about (a font it could not load, an image without
     * alternative text, CSS it does not understand), for tests.
     */
    static void write(String body, PdfLayout layout, OutputStream out, List<String> warnings) throws IOException {
        Document page = Jsoup.parse(html(body, layout));
        lay(page, layout);
        int fit = 0;
        for (int moved = 0; ; ) {
            if (fit > 0) {
                page.body().attr("class", "fit-" + fit);
            }
            try (PDDocument pdf = new PDDocument();
                    PdfBoxRenderer renderer = builder(page, pdf, out, warnings).buildPdfRenderer()) {
                renderer.layout();
                List<Integer> stranded = strandedTables(renderer);
                if (!stranded.isEmpty() && moved < MAX_MOVES) {
                    List<Element> tables = page.select("table");
                    stranded.forEach(i -> tables.get(i).addClass("moved").before("<div class=\"new-page\"></div>"));
                    moved++;
                    continue;
                }
                if (fit < FITS && lastPageFill(renderer) < MIN_FILL) {
                    fit++;
                    continue;
                }
                renderer.createPDFKeepOpen();
                describeLinks(pdf, layout);
                pdf.save(out);
            }
            out.flush();
            return;
        }
    }

    private static PdfRendererBuilder builder(Document page, PDDocument pdf, OutputStream out,
            List<String> warnings) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePDDocument(pdf);
        for (Face face : Face.values()) {
            builder.useFont(new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) {
                        font = face.load(pdf);
                    }
                    return font;
                }
            }, FONT_FAMILY, face.weight, face.style, true);
        }
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl(PdfPages::allowed, ExternalResourceControlPriority
                .RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(PdfPages::allowed, ExternalResourceControlPriority
                .RUN_AFTER_RESOLVING_URI);
        builder.withProducer("SESI Förstudie");
        builder.withDiagnosticConsumer(d -> warn(d, warnings));
        builder.withW3cDocument(new W3CDom().fromJsoup(page), FONT_URLS.get("regular"));
        builder.toStream(out);
        return builder;
    }

    /**
     * The faces of the text font. PDFBox would apply the font's ligatures (ff, fi, fl) and map each to one
     * presentation-form character (U+FB00...), which a search, a copy and a screen reader then read as a different
     * word ("Oﬀentlig"): each face is loaded here with its glyph substitutions off.
     */
    private enum Face {
        REGULAR("DejaVuSansCondensed.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL),
        BOLD("DejaVuSansCondensed-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL),
        OBLIQUE("DejaVuSansCondensed-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);

        private final String file;
        private final int weight;
        private final BaseRendererBuilder.FontStyle style;
        private volatile byte[] bytes;

        Face(String file, int weight, BaseRendererBuilder.FontStyle style) {
            this.file = file;
            this.weight = weight;
            this.style = style;
        }

        PDFont load(PDDocument pdf) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
                font.setEnableGsub(false);
                return PDType0Font.load(pdf, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("the font " + file + " cannot be read", e);
            }
        }

        private byte[] bytes() throws IOException {
            byte[] read = bytes;
            if (read == null) {
                try (InputStream in = PdfPages.class.getResourceAsStream(FONTS + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the font " + file + " is missing from the class path");
                    }
                    read = in.readAllBytes();
                }
                bytes = read;
            }
            return read;
        }
    }

    /**
     * Gives every link its description (the annotation's {@code /Contents}, which PDF/UA asks for and a screen reader
     * reads): the text it covers, a line of the table of contents as "Om rapporten, sida 3". openhtmltopdf makes the
     * links but leaves them without one; the rectangles of one link on a line (the heading, then the leader and the
     * page number) share the description.
     */
    private static void describeLinks(PDDocument pdf, PdfLayout layout) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getMediaBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                stripper.addRegion(Integer.toString(i), new Rectangle2D.Float(r.getLowerLeftX(),
                        height - r.getUpperRightY(), r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            // the rectangles of one link on a line touch: the heading's, then the leader's and the page number's
            List<List<Integer>> groups = new ArrayList<>();
            for (int i = 0; i < links.size(); i++) {
                if (i > 0 && continues(links.get(i - 1).getRectangle(), links.get(i).getRectangle())) {
                    groups.get(groups.size() - 1).add(i);
                } else {
                    groups.add(new ArrayList<>(List.of(i)));
                }
            }
            for (List<Integer> group : groups) {
                StringBuilder covered = new StringBuilder();
                group.forEach(i -> covered.append(' ').append(stripper.getTextForRegion(Integer.toString(i))));
                String description = linkText(covered.toString(), layout);
                group.forEach(i -> links.get(i).setContents(description));
            }
        }
    }

    private static boolean continues(PDRectangle before, PDRectangle next) {
        return Math.abs(before.getLowerLeftY() - next.getLowerLeftY()) < 0.5
                && Math.abs(before.getUpperRightX() - next.getLowerLeftX()) < 0.5;
    }

    private static String linkText(String covered, PdfLayout layout) {
        String text = covered.replaceAll("\\s+", " ").strip();
        Matcher contents = CONTENTS_LINE.matcher(text);
        if (contents.matches()) {
            return text("contentsLink", layout, contents.group(1).strip(), contents.group(2));
        }
        return text.isEmpty() ? text("link", layout) : text;
    }

    /**
     * How full the last page is, 0 to 1: the part of its text area the content reaches down to. A document of two
     * pages or fewer counts as full (a cover page and one page of text are what they are).
     */
    /**
     * The tables (by their place among the page's tables) whose caption, header and first row do not start on the
     * same page: a row is never split, so a tall first row that does not fit under the header leaves the header (or
     * the caption) alone at the foot of the page. Such a table starts on a new page instead, its caption with it: a page break is put
     * before it ({@code div.new-page}; a break on the table itself would leave the caption behind).
     */
    private static List<Integer> strandedTables(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        Map<org.w3c.dom.Element, Integer> firstY = new HashMap<>();
        boxTops(root, firstY);
        List<Integer> stranded = new ArrayList<>();
        NodeList tables = root.getElement().getOwnerDocument().getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            org.w3c.dom.Element table = (org.w3c.dom.Element) tables.item(i);
            org.w3c.dom.Element head = child(table, "thead");
            org.w3c.dom.Element body = child(table, "tbody");
            org.w3c.dom.Element row = body == null ? null : child(body, "tr");
            List<Integer> starts = new ArrayList<>();
            for (org.w3c.dom.Element part : new org.w3c.dom.Element[] {child(table, "caption"), head, row}) {
                if (part != null && firstY.containsKey(part)) {
                    starts.add(pageOf(pages, firstY.get(part)));
                }
            }
            boolean split = starts.size() > 1 && !starts.get(0).equals(starts.get(starts.size() - 1));
            if (split && !table.getAttribute("class").contains("moved")) {
                stranded.add(i);
            }
        }
        return stranded;
    }

    private static void boxTops(Box box, Map<org.w3c.dom.Element, Integer> tops) {
        if (box.getElement() != null) {
            tops.putIfAbsent(box.getElement(), box.getAbsY());
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            boxTops(box.getChild(i), tops);
        }
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element && name.equals(element.getTagName())) {
                return element;
            }
        }
        return null;
    }

    private static int pageOf(List<PageBox> pages, int y) {
        for (int i = 0; i < pages.size(); i++) {
            if (y < pages.get(i).getBottom()) {
                return i;
            }
        }
        return pages.size() - 1;
    }

    private static double lastPageFill(PdfBoxRenderer renderer) {
        BlockBox root = renderer.getRootBox();
        List<PageBox> pages = root.getLayer().getPages();
        if (pages.size() <= 2) {
            return 1;
        }
        PageBox last = pages.get(pages.size() - 1);
        double used = root.getAbsY() + root.getHeight() - last.getTop();
        return used / Math.max(1, last.getBottom() - last.getTop());
    }

    private static boolean allowed(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.FONT && ALLOWED.contains(uri);
    }

    private static void warn(Diagnostic diagnostic, List<String> warnings) {
        if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(diagnostic.getFormattedMessage());
        }
    }

    private static String html(String body, PdfLayout layout) {
        return Templates.render("pdf/page.html", new Page(layout.locale().getLanguage(), layout.title(),
                layout.author(), layout.description(), layout.cover().orElse(null), layout.contents() ? text("contents", layout) : null,
                body, FONT_URLS, cssString(layout.runningTitle()), pageLabel(text("page", layout, "{0}", "{1}")),
                layout.mark().map(PdfPages::cssString).orElse(null)));
    }

    /** The page template's values. */
    record Page(String lang, String title, String author, String description, PdfLayout.Cover cover, String contentsHeading,
            String body, Map<String, String> fonts, String runningTitle, String pageLabel, String mark) {
    }

    // ---------------------------------------------------------------- the page's structure

    /** Ids on the headings, the contents, the bookmarks, the charts' alternative text and look. */
    private static void lay(Document page, PdfLayout layout) {
        Element main = page.selectFirst("main");
        if (layout.cover().isPresent()) {
            // the cover has the title and the facts the page's own header repeats
            main.select("> header").remove();
        }
        List<Element> headings = new ArrayList<>(page.body().select("h1, h2, h3"));
        int n = 0;
        for (Element heading : headings) {
            if (heading.id().isEmpty()) {
                heading.id("heading-" + ++n);
            }
        }
        Element contents = page.selectFirst("nav.contents ol");
        if (contents != null) {
            for (Element heading : main.select("h2")) {
                contents.appendElement("li").appendElement("a").attr("href", "#" + heading.id())
                        .attr("title", heading.text()).text(heading.text());
            }
        }
        bookmarks(page, headings);
        for (Element link : page.select("a[href]")) {
            if (!link.hasAttr("title")) {
                link.attr("title", link.text());
            }
        }
        for (Element svg : page.select("svg")) {
            chart(svg);
        }
    }

    /** openhtmltopdf's {@code <bookmarks>} in the head: one per heading, h2 under h1, h3 under h2. */
    private static void bookmarks(Document page, List<Element> headings) {
        Element root = page.head().appendElement("bookmarks");
        Element[] parents = new Element[4];
        for (Element heading : headings) {
            int level = heading.tagName().charAt(1) - '0';
            Element parent = root;
            for (int above = level - 1; above >= 1; above--) {
                if (parents[above] != null) {
                    parent = parents[above];
                    break;
                }
            }
            Element bookmark = parent.appendElement("bookmark").attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            parents[level] = bookmark;
            for (int below = level + 1; below < parents.length; below++) {
                parents[below] = null;
            }
        }
    }

    /** The charts' style in a PDF (a test checks that it covers every chart class of the page's stylesheet). */
    static String chartStyle() {
        return CHART_STYLE;
    }

    /**
     * A chart as a tagged figure: its alternative text is its title and description (the data in words), and it gets
     * the look the HTML page's stylesheet gives it, in its own {@code <style>} for Batik.
     */
    private static void chart(Element svg) {
        Optional<String> title = Optional.ofNullable(svg.selectFirst("> title")).map(Element::text);
        Optional<String> description = Optional.ofNullable(svg.selectFirst("> desc")).map(Element::text);
        String alt = title.orElse("") + description.map(d -> title.isPresent() ? ". " + d : d).orElse("");
        svg.attr("alt", alt.isBlank() ? svg.attr("aria-label") : alt);
        svg.attr("xmlns", SVG_NAMESPACE);
        svg.prependElement("style").attr("type", "text/css").text(CHART_STYLE);
        size(svg);
    }

    /**
     * The chart's size on paper: its own size (CSS pixels, 96 to the inch), made smaller to fit the text width when
     * it is wider, its proportions kept.
     */
    private static void size(Element svg) {
        double width = number(svg.attr("width"));
        double height = number(svg.attr("height"));
        if (width <= 0 || height <= 0) {
            String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
            if (box.length != 4) {
                return;
            }
            width = number(box[2]);
            height = number(box[3]);
        }
        if (width <= 0 || height <= 0) {
            return;
        }
        double scale = Math.min(1, TEXT_WIDTH_MM / (width * MM_PER_PX));
        svg.attr("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm;", width * MM_PER_PX * scale,
                height * MM_PER_PX * scale));
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim().replaceAll("px$", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String text(String key, PdfLayout layout, Object... args) {
        return Message.of(PdfPages.class, key, args).format(layout.locale());
    }

    // ---------------------------------------------------------------- CSS values

    /** "Sida {0} av {1}" as the CSS content "Sida " counter(page) " av " counter(pages). */
    static String pageLabel(String pattern) {
        StringBuilder css = new StringBuilder();
        String rest = pattern;
        while (!rest.isEmpty()) {
            int page = rest.indexOf("{0}");
            int pages = rest.indexOf("{1}");
            int next = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
            if (next < 0) {
                css.append(' ').append(cssString(rest));
                break;
            }
            if (next > 0) {
                css.append(' ').append(cssString(rest.substring(0, next)));
            }
            css.append(next == page ? " counter(page)" : " counter(pages)");
            rest = rest.substring(next + 3);
        }
        return css.toString().strip();
    }

    /** A CSS string: quoted, with quotes, backslashes and line breaks escaped. */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"', '\\' -> css.append('\\').append(c);
                case '\n', '\r' -> css.append("\\a ");
                default -> css.append(c);
            }
        }
        return css.append('"').toString();
    }

    /** The fonts' addresses on the class path, by file name, for the charts' {@code @font-face} rules. */
    private static Map<String, String> fontUrls() {
        Map<String, String> urls = new HashMap<>();
        for (Face face : Face.values()) {
            URL url = PdfPages.class.getResource(FONTS + face.file);
            if (url == null) {
                throw new IllegalStateException("the font " + face.file + " is missing from the class path");
            }
            urls.put(face.name().toLowerCase(Locale.ROOT), url.toExternalForm());
        }
        return Map.copyOf(urls);
    }
}
