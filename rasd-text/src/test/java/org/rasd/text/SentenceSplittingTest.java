package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Sentence;

class SentenceSplittingTest {
    private static List<String> sentences(String text) {
        return ArabicTextAnalyzer.loadDefault().analyze(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void splitsOnPeriodQuestionAndExclamationMarks() {
        assertThat(sentences("وصل الوفد. هل تنجح المحادثات؟ نعم! انتهى"))
                .containsExactly("وصل الوفد.", "هل تنجح المحادثات؟", "نعم!", "انتهى");
    }

    @Test
    void headlineLineWithoutFinalPunctuationIsItsOwnSentence() {
        assertThat(sentences("اجتماع وزاري في عمّان\nعقد وزراء الخارجية اجتماعا أمس. وناقشوا الأزمة."))
                .containsExactly("اجتماع وزاري في عمّان", "عقد وزراء الخارجية اجتماعا أمس.", "وناقشوا الأزمة.");
    }

    @Test
    void decimalNumberDoesNotBreakSentence() {
        assertThat(sentences("بلغ النمو 3.5 في المئة العام الماضي."))
                .containsExactly("بلغ النمو 3.5 في المئة العام الماضي.");
    }

    @Test
    void abbreviationDoesNotBreakSentence() {
        assertThat(sentences("قال د. أحمد إن الوضع مستقر. وأضاف Mr. Smith أنه يوافق."))
                .containsExactly("قال د. أحمد إن الوضع مستقر.", "وأضاف Mr. Smith أنه يوافق.");
    }

    @Test
    void listNumberOpeningALineDoesNotBreak() {
        assertThat(sentences("1. وقف إطلاق النار.\n2. تبادل الأسرى."))
                .containsExactly("1. وقف إطلاق النار.", "2. تبادل الأسرى.");
        assertThat(sentences("بلغ عدد القتلى 12. وأصيب آخرون."))
                .containsExactly("بلغ عدد القتلى 12.", "وأصيب آخرون.");
    }

    @Test
    void quotedSentenceDoesNotBreakTheReportingSentence() {
        assertThat(sentences("قال الوزير: «لن نتراجع. سنواصل العمل!» ثم غادر القاعة. وانتهى اللقاء."))
                .containsExactly("قال الوزير: «لن نتراجع. سنواصل العمل!» ثم غادر القاعة.", "وانتهى اللقاء.");
    }

    @Test
    void closingQuoteAfterFinalMarkStaysWithItsSentence() {
        assertThat(sentences("وقال: \"نحن مستعدون.\" وأكد ذلك المتحدث."))
                .containsExactly("وقال: \"نحن مستعدون.\" وأكد ذلك المتحدث.");
        assertThat(sentences("قال: «انتهى الأمر.» ثم صمت."))
                .containsExactly("قال: «انتهى الأمر.» ثم صمت.");
    }

    @Test
    void headlineDoublePeriodSeparatorDoesNotBreak() {
        assertThat(sentences("ألمانيا.. اعتقال مشتبه به في هجوم برلين\nوقالت الشرطة إنه اعتقل أمس... ثم أفرج عنه."))
                .containsExactly("ألمانيا.. اعتقال مشتبه به في هجوم برلين", "وقالت الشرطة إنه اعتقل أمس...",
                        "ثم أفرج عنه.");
    }

    @Test
    void sentenceSpansAreTrimmedOfSurroundingWhitespace() {
        String text = "  \n  العنوان  \n\n   جملة أولى.   ";
        List<Sentence> s = ArabicTextAnalyzer.loadDefault().analyze(text);
        assertThat(s).hasSize(2);
        assertThat(s.get(0).span().of(text)).isEqualTo("العنوان");
        assertThat(s.get(1).span().of(text)).isEqualTo("جملة أولى.");
        assertThat(s.get(1).index()).isEqualTo(1);
    }

    @Test
    void bidiAndZeroWidthMarksAroundASentenceAreNotPartOfItsSpan() {
        String text = "\u200F\u200Eوقالت المصادر إن الوضع هادئ.\u200F \u200Bوأضافت أن\u200C الطرق مفتوحة.\u200F";
        assertThat(sentences(text)).containsExactly("وقالت المصادر إن الوضع هادئ.", "وأضافت أن\u200C الطرق مفتوحة.");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences(" \n\t\n ")).isEmpty();
    }
}
