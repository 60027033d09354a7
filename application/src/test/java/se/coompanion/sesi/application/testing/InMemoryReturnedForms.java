package se.coompanion.sesi.application.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import se.coompanion.sesi.application.survey.port.out.GroupTally;
import se.coompanion.sesi.domain.survey.results.ResultGrouping;
import se.coompanion.sesi.domain.survey.entry.ReturnedForm;
import se.coompanion.sesi.application.survey.port.out.ReturnedForms;
import se.coompanion.sesi.domain.survey.results.UsableReturn;
import se.coompanion.sesi.domain.survey.ResponseId;
import se.coompanion.sesi.domain.survey.entry.FormState;
import se.coompanion.sesi.domain.survey.results.AnswerRow;
import se.coompanion.sesi.domain.survey.results.AnswerRows;
import se.coompanion.sesi.domain.survey.results.Tally;

/** The returned forms in memory; the tallies are counted here the way the database's GROUP BY counts them. */
public final class InMemoryReturnedForms implements ReturnedForms, InMemory {

    private final Map<ResponseId, ReturnedForm> forms = new TreeMap<>();

    @Override
    public void save(List<ReturnedForm> saved) {
        saved.forEach(f -> forms.put(f.responseId(), f));
    }

    @Override
    public void remove(Collection<ResponseId> ids) {
        ids.forEach(forms::remove);
    }

    @Override
    public List<ReturnedForm> list() {
        return forms.values().stream().map(ReturnedForm::withoutRows).toList();
    }

    @Override
    public Map<FormState, Long> states() {
        Map<FormState, Long> states = new EnumMap<>(FormState.class);
        forms.values().forEach(f -> states.merge(f.state(), 1L, Long::sum));
        return states;
    }

    @Override
    public Map<String, Long> returns(ResultGrouping grouping) {
        Map<String, Long> returns = new TreeMap<>();
        usable().forEach(f -> returns.merge(group(f, grouping), 1L, Long::sum));
        return returns;
    }

    @Override
    public List<GroupTally> tally(ResultGrouping grouping, Optional<String> variable) {
        record Key(String variable, String group, boolean answered, Optional<String> code,
                Optional<BigDecimal> number, Optional<String> text) {
        }
        Map<Key, long[]> counts = new LinkedHashMap<>();
        for (ReturnedForm form : usable()) {
            String group = group(form, grouping);
            for (AnswerRow row : form.rows()) {
                if (variable.isPresent() && !variable.get().equals(row.variable())) {
                    continue;
                }
                long[] count = counts.computeIfAbsent(new Key(row.variable(), group, row.answered(), row.code(),
                        row.number().map(BigDecimal::stripTrailingZeros), row.text()), k -> new long[2]);
                count[0]++;
                count[1] += row.rowNo() == 0 ? 1 : 0;
            }
        }
        List<GroupTally> tallies = new ArrayList<>();
        counts.forEach((k, c) -> tallies.add(new GroupTally(k.variable(), k.group(),
                new Tally(k.answered(), k.code(), k.number(), k.text(), c[0], c[1]))));
        return tallies;
    }

    @Override
    public void forEachUsable(Consumer<UsableReturn> sink) {
        usable().forEach(f -> sink.accept(new UsableReturn(f.responseId(), f.version(), f.completeness(),
                f.municipality(), f.legalForm(), AnswerRows.answers(f.rows()))));
    }

    private List<ReturnedForm> usable() {
        return forms.values().stream().filter(f -> f.state() == FormState.USABLE).toList();
    }

    private static String group(ReturnedForm form, ResultGrouping grouping) {
        return switch (grouping.kind()) {
            case NONE -> ResultGrouping.ALL;
            case COUNTY -> form.municipality().county().code();
            case LEGAL_FORM -> form.legalForm().name();
            case VARIABLE -> form.rows().stream()
                    .filter(r -> r.variable().equals(grouping.variable().orElseThrow()) && r.answered())
                    .findFirst().flatMap(AnswerRow::code).orElse(ResultGrouping.NO_ANSWER);
        };
    }

    /** A stored form with its rows. */
    public Optional<ReturnedForm> find(ResponseId id) {
        return Optional.ofNullable(forms.get(id));
    }

    @Override
    public Object snapshot() {
        return new TreeMap<>(forms);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        forms.clear();
        forms.putAll((Map<ResponseId, ReturnedForm>) snapshot);
    }
}
