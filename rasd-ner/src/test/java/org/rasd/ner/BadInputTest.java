package org.rasd.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasd.model.EntityMention;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.text.ArabicTextAnalyzer;

class BadInputTest {
    private final EntityRecognizer recognizer = EntityRecognizer.loadDefault();

    private List<EntityMention> find(String text) {
        return recognizer.find(text, ArabicTextAnalyzer.loadDefault().analyze(text));
    }

    private static void assertValid(String text, List<EntityMention> ms) {
        for (EntityMention m : ms) {
            assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(m.span().of(text)).isEqualTo(m.text());
            assertThat(m.text()).isNotBlank();
        }
    }

    @Test
    void emptyAndBlankTextsGiveNothing() {
        assertThat(find("")).isEmpty();
        assertThat(find("\n\n\n   \n\t\n")).isEmpty();
        assertThat(recognizer.tagger().tag(new String[0], new DocumentHistory())).isEmpty();
    }

    @Test
    void nonArabicTextIsHandled() {
        String text = "The quick brown fox; 12345 € ☃ 日本語 \u200f\u202b ((( ))) ...";
        assertValid(text, find(text));
    }

    @Test
    void aHundredThousandTokenSentenceIsTaggedWithoutHanging() {
        String[] words = {"قال", "الرئيس", "محمد", "في", "بغداد", "إن", "الحكومة", "السورية", "و", "داعش", "،"};
        Random r = new Random(1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        String text = b.toString();
        // a bound against hangs (quadratic blow-ups), not a speed assertion: speed is benchmarked with JMH
        List<EntityMention> ms = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(60), () -> find(text));
        assertValid(text, ms);
        assertThat(ms).isNotEmpty();
    }

    @Test
    void sentencesWithoutTokensAreTokenizedHere() {
        String text = "رحب الاتحاد الأوروبي بقرار مجلس الأمن.";
        List<EntityMention> ms = recognizer.find(text, List.of(new Sentence(0, new Span(0, text.length()), List.of())));
        assertValid(text, ms);
        assertThat(ms).extracting(m -> m.actor() == null ? null : m.actor().name())
                .contains("European Union", "United Nations Security Council");
    }

    @Test
    void randomGarbageNeverBreaksOffsets() {
        Random r = new Random(7);
        for (int n = 0; n < 200; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(200);
            for (int i = 0; i < len; i++) {
                int kind = r.nextInt(4);
                b.append(kind == 0 ? ' ' : kind == 1 ? (char) (0x0621 + r.nextInt(60)) : kind == 2
                        ? "وبلكف".charAt(r.nextInt(5)) : (char) r.nextInt(0x3000));
            }
            String text = b.toString();
            assertValid(text, find(text));
        }
    }
}
