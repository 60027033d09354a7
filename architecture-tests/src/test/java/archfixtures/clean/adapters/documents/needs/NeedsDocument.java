package archfixtures.clean.adapters.documents.needs;

import archfixtures.clean.application.needs.port.in.RecordNeed;
import archfixtures.clean.domain.shared.Amount;
import com.github.mustachejava.DefaultMustacheFactory;
import org.apache.commons.csv.CSVFormat;

/** A document: the application's use cases, the domain and the rendering libraries. */
public final class NeedsDocument {
    public String render(RecordNeed recordNeed, Amount amount) {
        recordNeed.record(CSVFormat.RFC4180.format("x", amount.value()));
        return new DefaultMustacheFactory().toString();
    }
}
