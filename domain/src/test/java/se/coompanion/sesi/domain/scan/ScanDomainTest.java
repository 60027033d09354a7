package se.coompanion.sesi.domain.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Year;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.CaseNumber;
import se.coompanion.sesi.domain.shared.DomainException;
import se.coompanion.sesi.domain.shared.Theme;

class ScanDomainTest {

    private static KnowledgeSource source(SourceKind kind, Optional<String> programme, Optional<CaseNumber> number) {
        return new KnowledgeSource(kind, " Nystartade företag 2022 ", "Tillväxtanalys", Optional.of(Year.of(2023)),
                Optional.empty(), programme, number, false, Optional.empty());
    }

    @Test
    void a_source_has_a_title_and_a_publisher_and_cites_as_one_line() {
        KnowledgeSource source = source(SourceKind.STATISTICS, Optional.empty(), Optional.empty());

        assertThat(source.title()).isEqualTo("Nystartade företag 2022");
        assertThat(source.citation()).isEqualTo("Nystartade företag 2022 (Tillväxtanalys, 2023)");
        assertThatThrownBy(() -> new KnowledgeSource(SourceKind.REPORT, "Titel", " ", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty()))
                .hasMessage("Publisher: a value is required");
        assertThatThrownBy(() -> new KnowledgeSource(SourceKind.REPORT, "Titel", "Utgivare",
                Optional.of(Year.of(1899)), Optional.empty(), Optional.empty(), Optional.empty(), false,
                Optional.empty())).hasMessage("Year 1899: must be from 1900 to 2100");
    }

    @Test
    void only_a_project_has_a_funding_programme_and_a_case_number() {
        KnowledgeSource project = source(SourceKind.PROJECT, Optional.of("ESF+ 2021-2027"),
                Optional.of(CaseNumber.parse("2023/00123")));

        assertThat(project.caseNumber()).contains(CaseNumber.parse("2023/00123"));
        assertThatThrownBy(() -> source(SourceKind.REPORT, Optional.of("ESF+"), Optional.empty()))
                .isInstanceOf(DomainException.class)
                .hasMessage("A funding programme and a case number belong to a source of kind PROJECT, not REPORT");
    }

    @Test
    void a_finding_cites_at_least_one_source_and_has_a_theme() {
        Finding finding = new Finding("Kvinnor startar 31 % av nya företag", ImmutableSortedSet.of(
                Theme.WOMENS_ENTREPRENEURSHIP), new Relevance(3), Optional.of(" Rikta stödet "),
                ImmutableSortedSet.of(new SourceId(2), new SourceId(1)));

        assertThat(finding.sources()).containsExactly(new SourceId(1), new SourceId(2));
        assertThat(finding.lesson()).contains("Rikta stödet");
        assertThatThrownBy(() -> new Finding("Utan källa", ImmutableSortedSet.of(Theme.OTHER), new Relevance(1),
                Optional.empty(), ImmutableSortedSet.of())).hasMessage("A finding must cite at least one source");
        assertThatThrownBy(() -> new Finding("Utan tema", ImmutableSortedSet.of(), new Relevance(1),
                Optional.empty(), ImmutableSortedSet.of(new SourceId(1))))
                .hasMessage("A finding needs at least one theme (OTHER when none fits)");
    }

    @Test
    void relevance_is_1_to_3_and_kinds_and_themes_are_read_as_codes() {
        assertThat(new Relevance(3).title().format(Locale.forLanguageTag("sv"))).isEqualTo("hög");
        assertThatThrownBy(() -> new Relevance(4)).hasMessageContaining("3 (high)");
        assertThatThrownBy(() -> new Relevance(0)).isInstanceOf(DomainException.class);
        assertThat(SourceKind.parse("research")).isEqualTo(SourceKind.RESEARCH);
        assertThat(Theme.parse("public-procurement")).isEqualTo(Theme.PUBLIC_PROCUREMENT);
        assertThat(Theme.parse("Womens entrepreneurship")).isEqualTo(Theme.WOMENS_ENTREPRENEURSHIP);
        assertThatThrownBy(() -> Theme.parse("FINANCE")).hasMessageStartingWith("Theme FINANCE: allowed are");
        assertThatThrownBy(() -> SourceKind.parse("BOOK")).hasMessageContaining("PROJECT, RESEARCH");
        assertThatThrownBy(() -> SourceId.parse("x")).isInstanceOf(DomainException.class);
    }
}
