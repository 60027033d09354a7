package archfixtures.mustacheincli.adapters.cli.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/** Violation: a command renders a template itself instead of printing a document. */
public final class TemplateCommand {
    public Mustache template() {
        return new DefaultMustacheFactory().compile("report.html");
    }
}
