package org.rasd.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AlignedTextTest {
    @Test
    void mapsNormalizedRangeBackAcrossDeletedChars() {
        // "كَتَب" normalized to "كتب": the diacritics are dropped, the letters keep their original ranges.
        String original = "كَتَب";
        AlignedText t = new AlignedText(original, "كتب", new int[] {0, 2, 4}, new int[] {1, 3, 5});
        assertThat(t.toOriginal(0, 3)).isEqualTo(new Span(0, 5));
        assertThat(t.toOriginal(1, 2).of(original)).isEqualTo("ت");
    }

    @Test
    void emptyRangeMapsToAPoint() {
        AlignedText t = AlignedText.identity("abc");
        assertThat(t.toOriginal(3, 3)).isEqualTo(new Span(3, 3));
        assertThat(t.toOriginal(1, 1)).isEqualTo(new Span(1, 1));
    }

    @Test
    void rejectsRangeOutsideTheNormalizedText() {
        AlignedText t = AlignedText.identity("abc");
        assertThatThrownBy(() -> t.toOriginal(2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsAlignmentOfWrongLength() {
        assertThatThrownBy(() -> new AlignedText("ab", "ab", new int[] {0}, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spanRejectsNegativeAndReversedRanges() {
        assertThatThrownBy(() -> new Span(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
