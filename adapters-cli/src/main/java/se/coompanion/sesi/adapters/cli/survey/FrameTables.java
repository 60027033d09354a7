package se.coompanion.sesi.adapters.cli.survey;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.coompanion.sesi.adapters.documents.render.Cell;
import se.coompanion.sesi.adapters.documents.render.Table;
import se.coompanion.sesi.application.survey.port.in.ListSamplingFrame;
import se.coompanion.sesi.domain.survey.FrameEntry;
import se.coompanion.sesi.domain.shared.LegalForm;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Municipality;
import se.coompanion.sesi.domain.survey.ExclusionReason;
import se.coompanion.sesi.domain.survey.FrameUnit;

/**
 * The listings of the sampling frame. {@code survey frame list} has the fixed CSV header of cli.md
 * ({@code response_id,org_number,name,legal_form,municipality_code,disposition}); people see words for the codes.
 */
final class FrameTables {

    private FrameTables() {
    }

    static Table population(List<ListSamplingFrame.Member> members) {
        Table table = Table.of(column("response_id"), column("org_number"), column("name"), column("legal_form"),
                column("municipality_code"), column("disposition"));
        for (ListSamplingFrame.Member member : members) {
            FrameUnit unit = member.unit();
            table.row(Cell.text(unit.responseId().orElseThrow().toString()), Cell.text(unit.orgNumber().formatted()),
                    Cell.text(unit.name()), legalForm(unit.legalForm()), municipality(unit.municipality()),
                    Cell.coded(member.disposition(), member.disposition().title()));
        }
        return table;
    }

    static Table excluded(List<FrameEntry> entries) {
        Table table = Table.of(column("source"), column("line"), column("org_number"), column("name"),
                column("legal_form"), column("business_activity"), column("municipality_code"), column("reasons"));
        for (FrameEntry entry : entries) {
            FrameUnit unit = entry.unit();
            table.row(Cell.text(entry.source()), Cell.number(entry.line()), Cell.text(unit.orgNumber().formatted()),
                    Cell.text(unit.name()), legalForm(unit.legalForm()),
                    Cell.coded(unit.businessActivity(), unit.businessActivity().title()),
                    municipality(unit.municipality()),
                    Cell.coded(unit.eligibility().exclusions().stream().map(Enum::name)
                            .collect(Collectors.joining("|")), joined(unit.eligibility().exclusions().stream()
                                    .map(ExclusionReason::title).toList())));
        }
        return table;
    }

    /** The reasons a unit is outside the population, in a language. */
    static String reasons(FrameUnit unit, Locale locale) {
        return joined(unit.eligibility().exclusions().stream().map(ExclusionReason::title).toList()).format(locale);
    }

    /** Texts joined with "; " in the language they are shown in. */
    static Message joined(List<Message> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return Message.of(FrameTables.class, "frame.join", parts.get(0), joined(parts.subList(1, parts.size())));
    }

    static Cell legalForm(LegalForm form) {
        return Cell.coded(form, Message.literal(form.swedishName()));
    }

    static Cell municipality(Municipality municipality) {
        return Cell.coded(municipality.code(), Message.literal(municipality.toString()));
    }

    private static Table.Column column(String name) {
        return new Table.Column(name, Message.of(FrameTables.class, "frame.column." + name));
    }
}
