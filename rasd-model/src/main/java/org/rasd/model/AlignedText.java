package org.rasd.model;

import java.util.Arrays;

/**
 * A normalized string that remembers, for every one of its chars, the range of the original text
 * it came from. Normalization may delete chars (diacritics, tatweel) or replace them; it never
 * reorders them, so the mapping is monotonic.
 *
 * @param original   the untouched text
 * @param normalized the text used for matching
 * @param starts     {@code starts[i]} is the original offset where normalized char {@code i} begins
 * @param ends       {@code ends[i]} is the original offset where normalized char {@code i} ends
 */
public record AlignedText(String original, String normalized, int[] starts, int[] ends) {
    public AlignedText {
        if (starts.length != normalized.length() || ends.length != normalized.length()) {
            throw new IllegalArgumentException("alignment length does not match normalized text");
        }
        starts = starts.clone();
        ends = ends.clone();
    }

    /** The identity alignment of a text with itself. */
    public static AlignedText identity(String text) {
        int n = text.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        return new AlignedText(text, text, s, e);
    }

    /** Maps a half-open range of the normalized text back to the original text. */
    public Span toOriginal(int normStart, int normEnd) {
        if (normStart < 0 || normEnd < normStart || normEnd > normalized.length()) {
            throw new IndexOutOfBoundsException("[" + normStart + ", " + normEnd + ") outside normalized text");
        }
        if (normStart == normEnd) {
            int at = normStart < starts.length ? starts[normStart] : original.length();
            return new Span(at, at);
        }
        return new Span(starts[normStart], ends[normEnd - 1]);
    }

    public Span toOriginal(Span normalizedSpan) {
        return toOriginal(normalizedSpan.start(), normalizedSpan.end());
    }

    public int[] starts() {
        return starts.clone();
    }

    public int[] ends() {
        return ends.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlignedText a && original.equals(a.original) && normalized.equals(a.normalized)
                && Arrays.equals(starts, a.starts) && Arrays.equals(ends, a.ends);
    }

    @Override
    public int hashCode() {
        return 31 * original.hashCode() + normalized.hashCode();
    }

    @Override
    public String toString() {
        return "AlignedText[" + normalized + "]";
    }
}
