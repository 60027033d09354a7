package se.coompanion.sesi.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.coompanion.sesi.domain.shared.DomainException;

class PrivacyDomainTest {

    @Test
    void every_mention_is_replaced_in_any_letter_case_and_the_rest_of_the_text_stays() {
        String text = "Enligt Karin Lindqvist (KARIN LINDQVIST på telefon) vill kommunen vara med; karin lindqvist.";

        assertThat(Erasure.withoutMentions(text, "Karin Lindqvist")).isEqualTo(
                "Enligt [erased] ([erased] på telefon) vill kommunen vara med; [erased].");
        assertThat(Erasure.mentions(text, "karin lindqvist")).isTrue();
        assertThat(Erasure.mentions(text, "Anna Berg")).isFalse();
    }

    @Test
    void terms_with_signs_of_regular_expressions_are_taken_literally() {
        assertThat(Erasure.withoutMentions("ring +46 (0)70-174 06 05 eller $1", "+46 (0)70-174 06 05"))
                .isEqualTo("ring [erased] eller $1");
        assertThat(Erasure.withoutMentions("a.b@c.example och axb@c.example", "a.b@c.example"))
                .isEqualTo("[erased] och axb@c.example");
        assertThat(Erasure.withoutMentions(null, "x")).isNull();
        assertThat(Erasure.withoutMentions("oförändrad", " ")).isEqualTo("oförändrad");
    }

    @Test
    void the_lawful_bases_of_article_6() {
        assertThat(LawfulBasis.DEFAULT).isEqualTo(LawfulBasis.LEGITIMATE_INTEREST);
        assertThat(LawfulBasis.parse("public-task")).isEqualTo(LawfulBasis.PUBLIC_TASK);
        assertThat(LawfulBasis.CONSENT.title().format(Locale.forLanguageTag("sv"))).isEqualTo("samtycke");
        assertThatThrownBy(() -> LawfulBasis.parse("gissning")).isInstanceOf(DomainException.class)
                .hasMessageContaining("LEGITIMATE_INTEREST");
    }
}
