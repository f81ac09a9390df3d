package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rasd.model.AlignedText;
import org.rasd.model.Span;

class ArabicNormalizerTest {
    private final ArabicNormalizer norm = ArabicNormalizer.standard();

    private String n(String s) {
        return norm.normalizeForMatching(s);
    }

    @Test
    void normalizesAlefWithHamzaAbove() {
        assertThat(n("أحمد")).isEqualTo("احمد");
    }

    @Test
    void normalizesAlefWithHamzaBelow() {
        assertThat(n("إسلام")).isEqualTo("اسلام");
    }

    @Test
    void normalizesAlefWithMadda() {
        assertThat(n("آمال")).isEqualTo("امال");
    }

    @Test
    void normalizesAlefWasla() {
        assertThat(n("ٱلله")).isEqualTo("الله");
    }

    @Test
    void removesFatha() {
        assertThat(n("كَتب")).isEqualTo("كتب");
    }

    @Test
    void removesDamma() {
        assertThat(n("كتُب")).isEqualTo("كتب");
    }

    @Test
    void removesKasra() {
        assertThat(n("كتبِ")).isEqualTo("كتب");
    }

    @Test
    void removesTanween() {
        assertThat(n("كتابًا كتابٌ كتابٍ")).isEqualTo("كتابا كتاب كتاب");
    }

    @Test
    void removesShadda() {
        assertThat(n("مدّة")).isEqualTo("مده");
    }

    @Test
    void removesSukun() {
        assertThat(n("مِنْ")).isEqualTo("من");
    }

    @Test
    void removesSuperscriptAlef() {
        assertThat(n("هٰذا")).isEqualTo("هذا");
    }

    @Test
    void removesTatweel() {
        assertThat(n("الـــرياض")).isEqualTo("الرياض");
    }

    @Test
    void foldsAlefMaqsuraToYa() {
        assertThat(n("على")).isEqualTo("علي");
    }

    @Test
    void foldsTaMarbutaToHaByDefault() {
        assertThat(norm.foldsTaMarbuta()).isTrue();
        assertThat(n("مدينة")).isEqualTo("مدينه");
    }

    @Test
    void keepsTaMarbutaWhenConfigured() {
        assertThat(ArabicNormalizer.keepingTaMarbuta().normalizeForMatching("مدينة")).isEqualTo("مدينة");
    }

    @Test
    void mapsArabicIndicDigits() {
        assertThat(n("٢٠١٨")).isEqualTo("2018");
    }

    @Test
    void mapsPersianDigits() {
        assertThat(n("۱۹۹۰")).isEqualTo("1990");
    }

    @Test
    void mapsArabicComma() {
        assertThat(n("أ، ب")).isEqualTo("ا, ب");
    }

    @Test
    void mapsArabicSemicolon() {
        assertThat(n("؛")).isEqualTo(";");
    }

    @Test
    void mapsArabicQuestionMark() {
        assertThat(n("لماذا؟")).isEqualTo("لماذا?");
    }

    @Test
    void mapsGuillemetsToAsciiQuote() {
        assertThat(n("«نعم»")).isEqualTo("\"نعم\"");
    }

    @Test
    void mapsCurlyDoubleQuotesToAsciiQuote() {
        assertThat(n("“نعم”")).isEqualTo("\"نعم\"");
    }

    @Test
    void removesZeroWidthCharacters() {
        assertThat(n("سو\u200Bريا\u200C\u200D\uFEFF")).isEqualTo("سوريا");
    }

    @Test
    void removesBidiControlCharacters() {
        assertThat(n("\u200Fسوريا\u200E\u202B\u202C\u2067\u2069\u061C")).isEqualTo("سوريا");
    }

    @Test
    void leavesLatinTextAlone() {
        assertThat(n("UN Security Council 2254")).isEqualTo("UN Security Council 2254");
    }

    @Test
    void alignsNormalizedCharsToOriginalOffsets() {
        String text = "قالَ الـرئيسُ";
        AlignedText a = norm.normalize(text);
        assertThat(a.normalized()).isEqualTo("قال الرئيس");
        int i = a.normalized().indexOf("الرئيس");
        Span back = a.toOriginal(i, i + "الرئيس".length());
        assertThat(back.of(text)).isEqualTo("الـرئيس");
    }

    @Test
    void normalizeAndNormalizeForMatchingAgree() {
        String text = "وَأَعلنَت «الحكومةُ» ٣ قرارات؛ هل تنجح؟";
        assertThat(norm.normalize(text).normalized()).isEqualTo(n(text));
    }
}
