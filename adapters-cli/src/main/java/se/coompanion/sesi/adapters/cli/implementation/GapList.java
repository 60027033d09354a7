package se.coompanion.sesi.adapters.cli.implementation;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.coompanion.sesi.domain.implementation.Gap;
import se.coompanion.sesi.domain.implementation.GapKind;
import se.coompanion.sesi.domain.shared.Message;

/** The check's gaps for people: by kind, each kind with its count, and with a hint on what to do when asked. */
public final class GapList {

    private GapList() {
    }

    /**
     * @param gaps   the gaps, in the check's order
     * @param hints  true to say under each kind which command answers it
     */
    public static void print(List<Gap> gaps, Locale locale, PrintWriter out, boolean hints) {
        if (gaps.isEmpty()) {
            out.println(text(locale, "check.complete"));
            return;
        }
        Map<GapKind, List<Gap>> byKind = new LinkedHashMap<>();
        gaps.forEach(g -> byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g));
        byKind.forEach((kind, listed) -> {
            out.println(text(locale, "check.heading", kind.title(), listed.size()));
            listed.forEach(g -> out.println("  - " + g.text().format(locale)));
            if (hints) {
                out.println("    " + text(locale, "check.hint." + kind.name()));
                out.println();
            }
        });
    }

    private static String text(Locale locale, String key, Object... args) {
        return Message.of(GapList.class, key, args).format(locale);
    }
}
