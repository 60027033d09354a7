package se.coompanion.sesi.application.scan;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.coompanion.sesi.application.scan.port.in.ListFindings;
import se.coompanion.sesi.application.scan.port.in.ListSources;
import se.coompanion.sesi.application.scan.port.in.RecordFinding;
import se.coompanion.sesi.application.scan.port.in.RegisterSource;
import se.coompanion.sesi.application.scan.port.out.Findings;
import se.coompanion.sesi.application.scan.port.out.KnowledgeSources;
import se.coompanion.sesi.application.shared.CommandReading;
import se.coompanion.sesi.application.shared.CommandValidator;
import se.coompanion.sesi.application.shared.InvalidInputException;
import se.coompanion.sesi.application.shared.Problem;
import se.coompanion.sesi.application.shared.port.out.Transactions;
import se.coompanion.sesi.domain.scan.Finding;
import se.coompanion.sesi.domain.scan.KnowledgeSource;
import se.coompanion.sesi.domain.scan.RecordedFinding;
import se.coompanion.sesi.domain.scan.RegisteredSource;
import se.coompanion.sesi.domain.scan.Relevance;
import se.coompanion.sesi.domain.scan.SourceId;
import se.coompanion.sesi.domain.scan.SourceKind;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.Message;
import se.coompanion.sesi.domain.shared.Theme;

/** The environmental scan (omvärldsanalys): sources and the findings drawn from them. */
public final class ScanService implements RegisterSource, ListSources, RecordFinding, ListFindings {

    private final KnowledgeSources sources;
    private final Findings findings;
    private final Transactions transactions;
    private final CommandValidator validator;
    private final Clock clock;

    public ScanService(KnowledgeSources sources, Findings findings, Transactions transactions,
            CommandValidator validator, Clock clock) {
        this.sources = Objects.requireNonNull(sources);
        this.findings = Objects.requireNonNull(findings);
        this.transactions = Objects.requireNonNull(transactions);
        this.validator = Objects.requireNonNull(validator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public RegisteredSource register(RegisterSource.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        SourceKind kind = fields.required("kind", command.kind(), SourceKind::parse);
        Optional<CaseNumber> caseNumber = fields.optional("caseNumber", command.caseNumber(), CaseNumber::parse);
        fields.optional("reference", command.reference(), KnowledgeSource::checkReference);
        // An unknown kind is reported; the rest is still checked (as a project, the kind that allows every field).
        SourceKind checkedAs = kind == null ? SourceKind.PROJECT : kind;
        KnowledgeSource source = fields.build("", "", () -> new KnowledgeSource(checkedAs,
                command.title(), command.publisher(), Optional.ofNullable(command.year()).map(Year::of),
                Optional.ofNullable(command.reference()), Optional.ofNullable(command.fundingProgramme()),
                caseNumber, command.example(), Optional.ofNullable(command.note())));
        fields.check();
        return transactions.inTransaction(() -> sources.add(source, clock.instant()));
    }

    @Override
    public List<ListSources.Listed> sources(Optional<SourceKind> kind) {
        return transactions.inTransaction(() -> {
            Map<SourceId, Integer> citations = new HashMap<>();
            for (RecordedFinding finding : findings.all()) {
                finding.finding().sources().forEach(id -> citations.merge(id, 1, Integer::sum));
            }
            return sources.all().stream()
                    .filter(s -> kind.map(k -> s.source().kind() == k).orElse(true))
                    .map(s -> new ListSources.Listed(s, citations.getOrDefault(s.id(), 0)))
                    .toList();
        });
    }

    @Override
    public RecordedFinding record(RecordFinding.Command command) {
        validator.check(command);
        CommandReading fields = new CommandReading();
        List<Theme> themes = fields.each("themes", command.themes(), Theme::parse);
        Relevance relevance = fields.build("relevance", String.valueOf(command.relevance()),
                () -> new Relevance(command.relevance()));
        List<SourceId> cited = fields.each("sources", command.sources(), SourceId::parse);
        Finding finding = fields.ok() ? fields.build("", "", () -> new Finding(command.statement(),
                ImmutableSortedSet.copyOf(themes), relevance, Optional.ofNullable(command.lesson()),
                ImmutableSortedSet.copyOf(cited))) : null;
        fields.check();
        return transactions.inTransaction(() -> {
            Set<SourceId> known = sources.find(finding.sources()).stream().map(RegisteredSource::id)
                    .collect(Collectors.toSet());
            Set<SourceId> unknown = new TreeSet<>(finding.sources());
            unknown.removeAll(known);
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown.stream().map(id -> Problem.ofField("sources", id.toString(),
                        Message.of(ScanService.class, "finding.unknownSource", id))).toList());
            }
            return findings.add(finding, clock.instant());
        });
    }

    @Override
    public List<ListFindings.Listed> findings(Optional<Theme> theme) {
        return transactions.inTransaction(() -> {
            Map<SourceId, RegisteredSource> byId = sources.all().stream()
                    .collect(Collectors.toMap(RegisteredSource::id, Function.identity()));
            return findings.all().stream()
                    .filter(f -> theme.map(t -> f.finding().themes().contains(t)).orElse(true))
                    .map(f -> new ListFindings.Listed(f, f.finding().sources().stream().map(byId::get)
                            .filter(Objects::nonNull).toList()))
                    .toList();
        });
    }
}
