package org.rasd.ner.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rasd.model.EntityType;

class SpanScoresTest {
    private static int[] tags(String... names) {
        int[] t = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            t[i] = NerTags.parse(names[i]);
        }
        return t;
    }

    @Test
    void readsPersAsPer() {
        assertThat(NerTags.name(NerTags.parse("B-PERS"))).isEqualTo("B-PER");
        assertThat(NerTags.parse("I-PERS")).isEqualTo(NerTags.parse("I-PER"));
    }

    @Test
    void chunksFollowConlleval() {
        assertThat(SpanScores.chunks(tags("B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG")))
                .containsExactly(new SpanScores.Chunk(0, 2, EntityType.PER), new SpanScores.Chunk(3, 4, EntityType.LOC),
                        new SpanScores.Chunk(4, 5, EntityType.LOC), new SpanScores.Chunk(5, 6, EntityType.ORG));
    }

    @Test
    void onlyExactSpansCount() {
        SpanScores s = new SpanScores();
        s.add(tags("B-PER", "I-PER", "O", "B-LOC"), tags("B-PER", "O", "O", "B-LOC"));
        assertThat(s.prf(EntityType.LOC)[2]).isEqualTo(1.0);
        assertThat(s.prf(EntityType.PER)[2]).isEqualTo(0.0);
        double[] micro = s.prf(null);
        assertThat(micro[0]).isCloseTo(0.5, within(1e-9));
        assertThat(micro[1]).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void viterbiNeverStartsWithInside() {
        assertThat(NerTags.allowed(-1, NerTags.parse("I-LOC"))).isFalse();
        assertThat(NerTags.allowed(NerTags.parse("B-LOC"), NerTags.parse("I-LOC"))).isTrue();
        assertThat(NerTags.allowed(NerTags.parse("B-PER"), NerTags.parse("I-LOC"))).isFalse();
    }
}
