package se.coompanion.sesi.adapters.documents.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.coompanion.sesi.adapters.documents.render.MarkdownText;

class MarkdownTextTest {

    @Test
    void markup_characters_stay_text() {
        assertThat(MarkdownText.escape("a|b *c* _d_ [e](f) `g` ~h~ \\"))
                .isEqualTo("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\~h\\~ \\\\");
        assertThat(MarkdownText.escape("<script>&")).isEqualTo("&lt;script&gt;&amp;");
        assertThat(MarkdownText.escape("two\nlines")).isEqualTo("two lines");
    }

    @Test
    void a_list_or_heading_mark_at_the_start_is_escaped_but_a_sign_is_not() {
        assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
        assertThat(MarkdownText.escape("# title")).isEqualTo("\\# title");
        assertThat(MarkdownText.escape("2013. year")).isEqualTo("2013\\. year");
        assertThat(MarkdownText.escape("1) first")).isEqualTo("1\\) first");
        assertThat(MarkdownText.escape("+2,7")).isEqualTo("+2,7");
        assertThat(MarkdownText.escape("28.3 %")).isEqualTo("28.3 %");
        assertThat(MarkdownText.escape("AKU (2013), 28,3 %")).isEqualTo("AKU (2013), 28,3 %");
    }
}
