package se.coompanion.sesi.adapters.documents.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.DocumentFormat;
import se.coompanion.sesi.adapters.documents.DocumentText;
import se.coompanion.sesi.adapters.documents.ExamplePreStudy;
import se.coompanion.sesi.adapters.documents.SesiDocuments;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfText;
import se.coompanion.sesi.adapters.documents.render.pdf.PdfUa;
import se.coompanion.sesi.domain.statistics.MaterialFormat;

/**
 * The information material as a PDF: A4, its title and language, "Sida N av M" on every page, the charts as figures
 * described in words, PDF/UA as veraPDF checks it; writing it records a production in the format pdf.
 */
class MaterialPdfTest {

    private final ExamplePreStudy study = ExamplePreStudy.withEvidence();
    private final SesiDocuments documents = SesiDocuments.over(study.sesi);

    @Test
    void the_material_is_a_tagged_a4_pdf_with_page_numbers_and_described_charts() {
        MaterialDocument material = documents.informationMaterial(DocumentFormat.PDF, Locale.forLanguageTag("sv"));
        byte[] bytes = DocumentText.bytes(material);
        PdfText pdf = PdfText.of(bytes);

        assertThat(material.fileName()).isEqualTo("informationsmaterial-sv.pdf");
        assertThat(material.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.a4()).isTrue();
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.language()).isEqualTo("sv");
        assertThat(pdf.title()).isEqualTo("Kvinnors företagande i Mellersta Norrland");
        assertThat(pdf.pages().get(0)).contains("Kvinnors företagande i Mellersta Norrland", "Nyckeltal");
        for (int page = 1; page <= pdf.pages().size(); page++) {
            assertThat(pdf.pages().get(page - 1)).contains("Sida " + page + " av " + pdf.pages().size());
        }
        assertThat(pdf.text()).contains("Källor");
        assertThat(pdf.unembedded()).isEmpty();
        assertThat(pdf.figures()).isNotEmpty().allSatisfy(alt -> assertThat(alt).hasSizeGreaterThan(40));
        assertThat(pdf.claimsPdfUa()).isTrue();
        assertThat(PdfUa.failures(bytes)).isEmpty();
    }

    @Test
    void writing_the_pdf_records_a_production_in_the_format_pdf() {
        DocumentText.bytes(documents.informationMaterial(DocumentFormat.PDF, Locale.forLanguageTag("en")));

        assertThat(study.ports.materialProductions().latest())
                .hasValueSatisfying(p -> {
                    assertThat(p.format()).isEqualTo(MaterialFormat.PDF);
                    assertThat(p.language()).isEqualTo("en");
                });
    }
}
