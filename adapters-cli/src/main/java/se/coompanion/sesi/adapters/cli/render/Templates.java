package se.coompanion.sesi.adapters.cli.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTML, SVG and Markdown from Mustache templates in {@code se/coompanion/sesi/adapters/cli/templates/} on the
 * class path. {@code {{value}}} is HTML-escaped; {@code {{{value}}}} inserts markup that a template or chart made
 * (never user text). Templates are compiled once per process.
 */
public final class Templates {

    private static final String ROOT = "se/coompanion/sesi/adapters/cli/templates";
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT);
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

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
        Mustache template = COMPILED.computeIfAbsent(name, n -> FACTORY.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
