package se.coompanion.sesi.adapters.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.coompanion.sesi.adapters.documents.competence.MatrixDocument;
import se.coompanion.sesi.adapters.documents.implementation.ApplicationDraftDocument;
import se.coompanion.sesi.adapters.documents.implementation.ApplicationDraftJson;
import se.coompanion.sesi.adapters.documents.prestudy.StatusTable;
import se.coompanion.sesi.adapters.documents.render.OutputFormat;
import se.coompanion.sesi.adapters.documents.report.ReportDocument;
import se.coompanion.sesi.adapters.documents.stakeholder.GridDocument;
import se.coompanion.sesi.adapters.documents.statistics.MaterialDocument;
import se.coompanion.sesi.adapters.documents.survey.results.ResultsPage;
import se.coompanion.sesi.adapters.documents.survey.results.SurveyExport;
import se.coompanion.sesi.application.SesiApplication;
import se.coompanion.sesi.application.actor.port.in.ListContacts;
import se.coompanion.sesi.application.competence.port.in.ShowGapMatrix;
import se.coompanion.sesi.application.implementation.port.in.ShowImplementationDraft;
import se.coompanion.sesi.application.prestudy.port.in.ShowProgress;
import se.coompanion.sesi.application.stakeholder.port.in.ShowStakeholderGrid;
import se.coompanion.sesi.application.survey.port.in.ComputeResponseRates;
import se.coompanion.sesi.application.survey.port.in.ComputeSurveyResults;
import se.coompanion.sesi.application.synthesis.port.in.PrepareFinalReport;
import se.coompanion.sesi.domain.actor.ContactDetails;
import se.coompanion.sesi.domain.survey.DispositionCounts;

/**
 * Every document of the pre-study over one {@link SesiApplication}, in Swedish or English: what the command line
 * writes, for a program that embeds the library (no command line, no database of its own: the application's use
 * cases gather the content).
 *
 * <pre>{@code
 * SesiDocuments documents = SesiDocuments.over(sesi);
 * documents.finalReport(DocumentFormat.HTML, Locale.forLanguageTag("sv")).writeInto(directory);
 * documents.finalReport(DocumentFormat.PDF, Locale.forLanguageTag("sv")).writeInto(directory);
 * documents.surveyExport(Locale.forLanguageTag("sv")).writeInto(directory.resolve("export"));
 * }</pre>
 *
 * <p>Each method gathers the document's content through the use cases when it is called and returns the document as
 * a value ({@link Document}): written to a stream (a web application serves it) or to files, whole or not at all.
 * The survey export, which can be large, reads its returns when it is written. The documents name no command of any
 * program; {@link #withHints} lets the program add where its users record what a document says is missing.
 *
 * <p>Errors are those of the use cases: a pre-study that is not started is a
 * {@link se.coompanion.sesi.application.shared.NotFoundException}, a file that cannot be written an
 * {@link se.coompanion.sesi.application.shared.InvalidInputException}.
 */
public final class SesiDocuments {

    private final SesiApplication sesi;
    private final RecordingHints hints;

    private SesiDocuments(SesiApplication sesi, RecordingHints hints) {
        this.sesi = Objects.requireNonNull(sesi, "sesi");
        this.hints = Objects.requireNonNull(hints, "hints");
    }

    /**
     * The documents over the application's use cases, without hints.
     *
     * @param sesi the application, e.g. over {@code SesiDatabase.open(...).ports()}
     * @return the documents
     */
    public static SesiDocuments over(SesiApplication sesi) {
        return new SesiDocuments(sesi, RecordingHints.NONE);
    }

    /**
     * The same documents with the program's hints on where its users record what a document says is missing.
     *
     * @param hints the hints, or {@link RecordingHints#NONE}
     * @return documents with these hints
     */
    public SesiDocuments withHints(RecordingHints hints) {
        return new SesiDocuments(sesi, hints);
    }

    /**
     * The final report (slutrapport), public edition: project facts, every activity with its target, result and
     * deviation, the key results with their charts, the cross-analysis, the horizontal principles, the partner
     * shortlist, the recommendations with their numbered evidence and the annexes, and, when the implementation
     * project is drafted, where its application draft is. A pre-study that is not finished gets a report that says
     * what is missing.
     *
     * @param format HTML, Markdown or PDF
     * @param locale Swedish or English
     * @return {@code slutrapport-LANG.html}, {@code .md} or {@code .pdf}
     */
    public ReportDocument finalReport(DocumentFormat format, Locale locale) {
        return finalReport(format, locale, Edition.PUBLIC);
    }

    /**
     * The final report in an edition: the public one (the default) leaves out the stakeholders' salience classes and
     * attitudes and every personal name the records quote; the internal one keeps them and is marked "Internt
     * arbetsmaterial" on every page.
     *
     * @param format  HTML, Markdown or PDF
     * @param locale  Swedish or English
     * @param edition public or internal
     * @return {@code slutrapport-LANG.pdf}, or {@code slutrapport-intern-LANG.pdf} for the internal edition
     */
    public ReportDocument finalReport(DocumentFormat format, Locale locale, Edition edition) {
        return finalReport(sesi.synthesis().prepareFinalReport().prepare(), format, locale, edition);
    }

    /**
     * The public edition of the final report from content already gathered, so that one gathering gives several
     * forms and languages.
     *
     * @param content what {@code sesi.synthesis().prepareFinalReport().prepare()} returned
     * @param format  HTML, Markdown or PDF
     * @param locale  Swedish or English
     * @return {@code slutrapport-LANG.html}, {@code .md} or {@code .pdf}
     */
    public ReportDocument finalReport(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale) {
        return finalReport(content, format, locale, Edition.PUBLIC);
    }

    /**
     * The final report in an edition from content already gathered. The public edition reads the contact persons
     * (their names, e-mail addresses and phone numbers) to leave them out wherever the records quote them.
     *
     * @param content what {@code sesi.synthesis().prepareFinalReport().prepare()} returned
     * @param format  HTML, Markdown or PDF
     * @param locale  Swedish or English
     * @param edition public or internal
     * @return the report's document
     */
    public ReportDocument finalReport(PrepareFinalReport.FinalReport content, DocumentFormat format, Locale locale,
            Edition edition) {
        return new ReportDocument(content, format, locale, hints, edition,
                edition == Edition.PUBLIC ? people() : List.of(),
                        sesi.implementation().showImplementationDraft().title()
                        .map(title -> new ReportDocument.DraftPointer(title,
                                ApplicationDraftDocument.fileName(format, locale))));
    }

    /** What identifies each contact person who is not erased: the name, the e-mail address, the phone number. */
    private List<String> people() {
        List<String> people = new ArrayList<>();
        for (ListContacts.Listed listed : sesi.actors().listContacts().list(Optional.empty())) {
            if (!listed.contact().erased()) {
                ContactDetails details = listed.contact().details();
                people.add(details.name());
                details.email().ifPresent(e -> people.add(e.value()));
                details.phone().ifPresent(p -> people.add(p.value()));
            }
        }
        return people;
    }

    /**
     * The draft of the application for the implementation project: the sections of the application form, the project
     * logic as a diagram and a table, every claim numbered to its evidence in an annex, and the parts a person must
     * write (budget, organisation, spreading) marked so. A pre-study without a draft is a
     * {@link se.coompanion.sesi.application.shared.NotFoundException}.
     *
     * @param format HTML, Markdown or PDF
     * @param locale Swedish or English
     * @return {@code ansokningsutkast-LANG.html}, {@code .md} or {@code .pdf}
     */
    public ApplicationDraftDocument implementationDraft(DocumentFormat format, Locale locale) {
        return implementationDraft(sesi.implementation().showImplementationDraft().show(), format, locale);
    }

    /**
     * The application draft from a draft already read, so that one reading gives several forms and languages.
     *
     * @param draft  what {@code sesi.implementation().showImplementationDraft().show()} returned
     * @param format HTML, Markdown or PDF
     * @param locale Swedish or English
     * @return {@code ansokningsutkast-LANG.html}, {@code .md} or {@code .pdf}
     */
    public ApplicationDraftDocument implementationDraft(ShowImplementationDraft.DraftView draft,
            DocumentFormat format, Locale locale) {
        return new ApplicationDraftDocument(draft, format, locale);
    }

    /**
     * The application draft as JSON for other systems: the same content as {@link #implementationDraft(DocumentFormat,
     * Locale)}, with stable English field names, codes beside their labels in the language, numbers as numbers and
     * ISO dates (docs/implementation.md, "The JSON export"). It is a method of its own rather than a
     * {@link DocumentFormat}: the other documents have no JSON form, and a format they cannot take should not compile.
     * A pre-study without a draft is a {@link se.coompanion.sesi.application.shared.NotFoundException}.
     *
     * @param locale the language of the labels, Swedish or English
     * @return {@code ansokningsutkast-LANG.json}
     */
    public ApplicationDraftJson implementationDraftJson(Locale locale) {
        return implementationDraftJson(sesi.implementation().showImplementationDraft().show(), locale);
    }

    /**
     * The application draft as JSON from a draft already read, so that one reading gives every form and language.
     *
     * @param draft  what {@code sesi.implementation().showImplementationDraft().show()} returned
     * @param locale the language of the labels, Swedish or English
     * @return {@code ansokningsutkast-LANG.json}
     */
    public ApplicationDraftJson implementationDraftJson(ShowImplementationDraft.DraftView draft, Locale locale) {
        return new ApplicationDraftJson(draft, locale);
    }

    /**
     * The information material on women's entrepreneurship: key figures, charts by region and over the years,
     * comments made from the figures, and the sources. Writing it records its production (the evidence of the
     * activity).
     *
     * @param format HTML, Markdown or PDF
     * @param locale Swedish or English
     * @return {@code informationsmaterial-LANG.html}, {@code .md} or {@code .pdf}
     */
    public MaterialDocument informationMaterial(DocumentFormat format, Locale locale) {
        return new MaterialDocument(sesi.statistics().prepareInformationMaterial().prepare(), format, locale,
                sesi.statistics().recordMaterialProduction());
    }

    /**
     * The postal survey's results page: what the figures rest on, then a chart and a table for every question (or
     * the one asked for), overall or as cross-tabs.
     *
     * @param query  one question or all, and the grouping (none, county, legal form or a question)
     * @param locale Swedish or English
     * @return {@code enkatresultat[-VARIABLE][-GROUPING]-LANG.html}
     */
    public Document surveyResults(ComputeSurveyResults.Query query, Locale locale) {
        ComputeSurveyResults.Result result = sesi.survey().computeSurveyResults().compute(query);
        DispositionCounts rates = sesi.survey().computeResponseRates().compute(new ComputeResponseRates.Query(
                ComputeResponseRates.Grouping.NONE)).groups().get(0).counts();
        return ResultsPage.document(query.variable(), result, rates, locale);
    }

    /**
     * The export of the survey's cleaned data: {@code data.csv}, {@code codebook.csv}, {@code labels.sps} and
     * {@code labels.R}, read from the returns when written.
     *
     * @param locale the language of the unit columns' labels
     * @return the export
     */
    public SurveyExport surveyExport(Locale locale) {
        return new SurveyExport(sesi.survey().exportSurveyData(), locale);
    }

    /**
     * The enterprise x competence gap matrix as a heat map.
     *
     * @param format a page with the heat map, its table and the method, or the SVG picture alone
     * @param locale Swedish or English
     * @return {@code kompetensgap-LANG.html} or {@code .svg}
     */
    public Document gapMatrix(PictureFormat format, Locale locale) {
        return gapMatrix(sesi.competence().showGapMatrix().matrix(), format, locale);
    }

    /**
     * The gap matrix from a matrix already gathered.
     *
     * @param matrix what {@code sesi.competence().showGapMatrix().matrix()} returned
     * @param format a page or the picture alone
     * @param locale Swedish or English
     * @return {@code kompetensgap-LANG.html} or {@code .svg}
     */
    public Document gapMatrix(ShowGapMatrix.Result matrix, PictureFormat format, Locale locale) {
        MatrixDocument picture = new MatrixDocument(matrix.matrix(), matrix.enterprises(), matrix.ranked(), locale);
        return picture(MatrixDocument.BASE_NAME, format, locale, picture::svg, picture::html);
    }

    /**
     * The stakeholders' power/interest grid.
     *
     * @param format a page with the grid, the actors numbered as in it and the method, or the SVG picture alone
     * @param locale Swedish or English
     * @return {@code intressentanalys-LANG.html} or {@code .svg}
     */
    public Document stakeholderGrid(PictureFormat format, Locale locale) {
        return stakeholderGrid(sesi.stakeholders().showStakeholderGrid().grid(), format, locale);
    }

    /**
     * The power/interest grid of actors already gathered.
     *
     * @param placed what {@code sesi.stakeholders().showStakeholderGrid().grid()} returned
     * @param format a page or the picture alone
     * @param locale Swedish or English
     * @return {@code intressentanalys-LANG.html} or {@code .svg}
     */
    public Document stakeholderGrid(List<ShowStakeholderGrid.Placed> placed, PictureFormat format, Locale locale) {
        GridDocument picture = new GridDocument(placed, locale);
        return picture(GridDocument.BASE_NAME, format, locale, picture::svg, picture::html);
    }

    /**
     * The status table: every activity's target, result, progress and status.
     *
     * @param format an aligned table for people (with each activity's details) or CSV for programs
     * @param locale Swedish or English
     * @return {@code status-LANG.txt} or {@code status.csv}
     */
    public Document status(OutputFormat format, Locale locale) {
        return status(sesi.preStudy().showProgress().show(), format, locale);
    }

    /**
     * The status table of a progress already computed.
     *
     * @param progress what {@code sesi.preStudy().showProgress().show()} returned
     * @param format   an aligned table or CSV
     * @param locale   Swedish or English
     * @return {@code status-LANG.txt} or {@code status.csv}
     */
    public Document status(ShowProgress.Result progress, OutputFormat format, Locale locale) {
        return format == OutputFormat.CSV
                ? TextDocument.of("status.csv", TextDocument.CSV, () -> StatusTable.render(progress, locale, format))
                : TextDocument.of("status-" + locale.getLanguage() + ".txt", TextDocument.PLAIN,
                        () -> StatusTable.render(progress, locale, format));
    }

    private static Document picture(String baseName, PictureFormat format, Locale locale,
            Supplier<String> svg, Supplier<String> html) {
        return TextDocument.of(baseName + "-" + locale.getLanguage() + "." + format.extension(), format.mediaType(),
                format == PictureFormat.SVG ? svg : html);
    }
}
