package se.coompanion.sesi.adapters.documents.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTML, SVG and Markdown from Mustache templates in {@code se/coompanion/sesi/adapters/documents/templates/} on the
 * class path. {@code {{value}}} is HTML-escaped ({@link #render}) or Markdown-escaped ({@link #renderMarkdown});
 * {@code {{{value}}}} inserts markup that a template or chart made (never user text). Templates are compiled once
 * per process.
 */
public final class Templates {

    private static final String ROOT = "se/coompanion/sesi/adapters/documents/templates";
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT);
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();
    private static final MustacheFactory MARKDOWN_FACTORY = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownText.escape(value));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };
    private static final Map<String, Mustache> COMPILED_MARKDOWN = new ConcurrentHashMap<>();

    private Templates() {
    }

    /**
     * Renders a template.
     *
     * @param name  the template's path below the templates folder, e.g. {@code "page.html"} or
     *              {@code "chart/bar.svg"} (the file ends with {@code .mustache})
     * @param scope the values: a record, a map, or any object with accessors
     */
    public static String render(String name, Object scope) {
        return execute(COMPILED.computeIfAbsent(name, n -> FACTORY.compile(n + ".mustache")), scope);
    }

    /**
     * Renders a Markdown template: {@code {{value}}} is escaped for Markdown ({@link MarkdownText#escape}), so that
     * a name with {@code *}, {@code _} or {@code |} stays text, also in a table cell.
     *
     * @param name  the template's path below the templates folder, e.g. {@code "statistics/material.md"}
     * @param scope the values
     */
    public static String renderMarkdown(String name, Object scope) {
        return execute(COMPILED_MARKDOWN.computeIfAbsent(name, n -> MARKDOWN_FACTORY.compile(n + ".mustache")),
                scope);
    }

    private static String execute(Mustache template, Object scope) {
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
