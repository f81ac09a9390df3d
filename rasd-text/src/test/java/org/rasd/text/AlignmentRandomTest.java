package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.rasd.model.AlignedText;
import org.rasd.model.Sentence;
import org.rasd.model.Token;
import org.rasd.model.Word;

/** Seeded random texts: offsets only move forward, stay inside the text, and map back exactly. */
class AlignmentRandomTest {
    private static final String ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآؤئٱ"
            + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640\u200B\u200C\u200F\u202B"
            + "٠١٢٣۴۵0123456789.,،؛؟!?«»“”\"()-:abcXYZ     \n\n\t\u00A0";

    private static String randomText(Random r) {
        int n = r.nextInt(400);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            if (r.nextInt(200) == 0) {
                b.appendCodePoint(0x1F600 + r.nextInt(50)); // an emoji: a surrogate pair
            } else {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    @RepeatedTest(200)
    void normalizedOffsetsAreMonotonicInsideAndRoundTrip(RepetitionInfo rep) {
        Random r = new Random(7919L * rep.getCurrentRepetition());
        String text = randomText(r);
        ArabicNormalizer norm = ArabicNormalizer.standard();
        AlignedText a = norm.normalize(text);
        int[] starts = a.starts();
        int[] ends = a.ends();
        int previous = -1;
        for (int i = 0; i < starts.length; i++) {
            assertThat(starts[i]).isGreaterThan(previous).isGreaterThanOrEqualTo(0);
            assertThat(ends[i]).isGreaterThan(starts[i]).isLessThanOrEqualTo(text.length());
            // Round trip: the original char under the alignment normalizes to the normalized char.
            assertThat(norm.map(text.charAt(starts[i]))).isEqualTo(a.normalized().charAt(i));
            previous = starts[i];
        }
        // Every original char that is not aligned was dropped on purpose.
        boolean[] kept = new boolean[text.length()];
        for (int s : starts) {
            kept[s] = true;
        }
        for (int k = 0; k < text.length(); k++) {
            if (!kept[k]) {
                assertThat(norm.map(text.charAt(k))).isEqualTo((char) 0);
            }
        }
        assertThat(norm.normalizeForMatching(text)).isEqualTo(a.normalized());
    }

    @RepeatedTest(200)
    void sentenceTokenAndWordSpansTileTheText(RepetitionInfo rep) {
        Random r = new Random(104729L * rep.getCurrentRepetition());
        String text = randomText(r);
        List<Sentence> sentences = ArabicTextAnalyzer.loadDefault().analyze(text);
        int previousEnd = 0;
        for (Sentence s : sentences) {
            assertThat(s.span().start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(s.tokens()).isNotEmpty();
            assertThat(s.tokens().get(0).span().start()).isEqualTo(s.span().start());
            assertThat(s.tokens().get(s.tokens().size() - 1).span().end()).isEqualTo(s.span().end());
            int tokenEnd = s.span().start();
            for (Token t : s.tokens()) {
                assertThat(t.span().start()).isGreaterThanOrEqualTo(tokenEnd);
                assertThat(t.text()).isEqualTo(t.span().of(text));
                assertThat(t.norm()).isEqualTo(ArabicNormalizer.standard().normalizeForMatching(t.text()));
                int at = t.span().start();
                for (Word w : t.words()) {
                    assertThat(w.span().start()).isEqualTo(at);
                    assertThat(w.span().end()).isGreaterThan(at);
                    assertThat(w.text()).isEqualTo(w.span().of(text));
                    assertThat(w.norm()).isEqualTo(ArabicNormalizer.standard().normalizeForMatching(w.text()));
                    at = w.span().end();
                }
                assertThat(at).isEqualTo(t.span().end());
                tokenEnd = t.span().end();
            }
            previousEnd = s.span().end();
        }
    }
}
