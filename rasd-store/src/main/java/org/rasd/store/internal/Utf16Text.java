package org.rasd.store.internal;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;

/**
 * A text kept as UTF-16 (big-endian) bytes in the index, read in place: char {@code i} is bytes
 * {@code 2i, 2i+1}, so a snippet decodes only its own window instead of the whole article (decoding whole
 * bodies from UTF-8 was a third of a search's CPU).
 */
final class Utf16Text implements CharSequence {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    Utf16Text(BytesRef ref) {
        this.bytes = ref.bytes;
        this.offset = ref.offset;
        this.length = ref.length / 2;
    }

    static BytesRef encode(String s) {
        return new BytesRef(s.getBytes(StandardCharsets.UTF_16BE));
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int i) {
        int b = offset + 2 * i;
        return (char) (((bytes[b] & 0xFF) << 8) | (bytes[b + 1] & 0xFF));
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    String substring(int start, int end) {
        return new String(bytes, offset + 2 * start, 2 * (end - start), StandardCharsets.UTF_16BE);
    }

    /** Index of the last {@code c} at or before {@code from} and not before {@code min}, or -1. */
    int lastIndexOf(char c, int from, int min) {
        for (int i = Math.min(from, length - 1); i >= min; i--) {
            if (charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first {@code c} at or after {@code from} and before {@code max}, or -1. */
    int indexOf(char c, int from, int max) {
        for (int i = Math.max(0, from); i < Math.min(max, length); i++) {
            if (charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return substring(0, length);
    }
}
