package org.rasd.text;

import java.util.Arrays;

/**
 * Remembers the segmenter's answer per token skeleton. News vocabulary is Zipfian, so most tokens were
 * seen a moment ago, and a hash probe is far cheaper than the feature lookups of a fresh decision. The
 * segmenter is a pure function of the skeleton, so caching never changes a result. Bounded: it empties
 * itself when full. One per scanner, so not thread-safe.
 *
 * <p>Each slot keeps hash, key position and answer side by side in one int array, so a hit costs one
 * memory access for the slot and one for the key chars.
 */
final class SegmentationCache {
    private static final int SLOTS = 1 << 17;
    private static final int MAX_ENTRIES = SLOTS / 2;
    private static final int MAX_KEY = 24;

    /** Per slot: hash, start of the key in {@link #pool}, and {@code length << 16 | answer} (0 = empty). */
    private final int[] slots = new int[SLOTS * 3];
    private final char[] pool = new char[MAX_ENTRIES * 8];
    private int entries;
    private int poolLen;

    static int hash(char[] w, int len) {
        int h = len;
        for (int k = 0; k < len; k++) {
            h = 31 * h + w[k];
        }
        h *= 0x9E3779B1; // spread the Arabic block's clustered code points over the low bits
        return h ^ (h >>> 15);
    }

    /** The cached packed result for {@code w[0, len)} with hash {@code h}, or -1. */
    int get(char[] w, int len, int h) {
        if (len > MAX_KEY) {
            return -1;
        }
        int slot = h & (SLOTS - 1);
        int lv;
        while ((lv = slots[slot * 3 + 2]) != 0) {
            if (slots[slot * 3] == h && lv >>> 16 == len && sameChars(slots[slot * 3 + 1], w, len)) {
                return lv & 0xffff;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        return -1;
    }

    private boolean sameChars(int start, char[] w, int len) {
        // A plain loop: keys are a few chars, too short for the vectorized mismatch to pay off.
        for (int k = 0; k < len; k++) {
            if (pool[start + k] != w[k]) {
                return false;
            }
        }
        return true;
    }

    void put(char[] w, int len, int h, int value) {
        if (len > MAX_KEY || len == 0) {
            return;
        }
        if (entries == MAX_ENTRIES || poolLen + len > pool.length) {
            Arrays.fill(slots, 0);
            entries = 0;
            poolLen = 0;
        }
        int slot = h & (SLOTS - 1);
        while (slots[slot * 3 + 2] != 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        System.arraycopy(w, 0, pool, poolLen, len);
        slots[slot * 3] = h;
        slots[slot * 3 + 1] = poolLen;
        slots[slot * 3 + 2] = len << 16 | value;
        poolLen += len;
        entries++;
    }
}
