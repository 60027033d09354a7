package se.coompanion.sesi.adapters.cli.survey.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.coompanion.sesi.adapters.cli.CliCommand;
import se.coompanion.sesi.application.survey.port.in.ImportReturns;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.survey.Disposition;
import se.coompanion.sesi.domain.survey.entry.Completeness;
import se.coompanion.sesi.domain.survey.entry.FormState;

/** The sentences the data-entry commands print about counts of forms, in the user's language. */
final class EntryTexts {

    private final Locale locale;

    EntryTexts(Locale locale) {
        this.locale = locale;
    }

    /** "2 complete, 1 partial, 1 break-off". */
    String completeness(Map<Completeness, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Completeness c : Completeness.values()) {
            if (counts.getOrDefault(c, 0) > 0) {
                parts.add(c.count(counts.get(c)).format(locale));
            }
        }
        return parts.isEmpty() ? "0" : String.join(", ", parts);
    }

    /** "COMPLETE 2, PARTIAL 1, REFUSAL 1". */
    String dispositions(Map<Disposition, Integer> counts) {
        List<String> parts = new ArrayList<>();
        for (Disposition d : Disposition.values()) {
            if (counts.getOrDefault(d, 0) > 0) {
                parts.add(CliCommand.coded(d, d.title(), locale) + " " + counts.get(d));
            }
        }
        return String.join(", ", parts);
    }

    /** "3 in the analysis, 1 break-off, not analysed". */
    String states(Map<FormState, ? extends Number> counts) {
        List<String> parts = new ArrayList<>();
        for (FormState s : FormState.values()) {
            Number n = counts.get(s);
            if (n != null && n.longValue() > 0) {
                parts.add(s.count(n.longValue()).format(locale));
            }
        }
        return parts.isEmpty() ? text("entry.noForms") : String.join(", ", parts);
    }

    String notice(ImportReturns.Notice notice) {
        return text(notice.completeness() == Completeness.PARTIAL ? "import.notice.partial" : "import.notice.breakOff",
                String.join(", ", notice.missingRequired()));
    }

    String text(String key, Object... args) {
        return Message.of(EntryTexts.class, key, args).format(locale);
    }
}
