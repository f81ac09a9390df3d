package org.rasd.text;

import java.util.Arrays;

/**
 * Remembers the segmenter's answer per token skeleton. News vocabulary is Zipfian, so most tokens were
 * seen a moment ago, and a hash probe is far cheaper than the feature lookups of a fresh decision. The
 * segmenter is a pure function of the skeleton, so caching never changes a result. Bounded: it empties
 * itself when full. One per scanner, so not thread-safe.
 */
final class SegmentationCache {
    private static final int SLOTS = 1 << 17;
    private static final int MAX_ENTRIES = SLOTS / 2;
    private static final int MAX_KEY = 24;

    private final int[] slotEntry = new int[SLOTS];
    private final int[] entryHash = new int[MAX_ENTRIES];
    private final int[] entryStart = new int[MAX_ENTRIES];
    private final byte[] entryLen = new byte[MAX_ENTRIES];
    private final int[] entryValue = new int[MAX_ENTRIES];
    private final char[] pool = new char[MAX_ENTRIES * 8];
    private int entries;
    private int poolLen;

    SegmentationCache() {
        Arrays.fill(slotEntry, -1);
    }

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
        int e;
        while ((e = slotEntry[slot]) >= 0) {
            if (entryHash[e] == h && entryLen[e] == len && sameChars(entryStart[e], w, len)) {
                return entryValue[e];
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
        if (len > MAX_KEY) {
            return;
        }
        if (entries == MAX_ENTRIES || poolLen + len > pool.length) {
            Arrays.fill(slotEntry, -1);
            entries = 0;
            poolLen = 0;
        }
        int slot = h & (SLOTS - 1);
        while (slotEntry[slot] >= 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        System.arraycopy(w, 0, pool, poolLen, len);
        entryHash[entries] = h;
        entryStart[entries] = poolLen;
        entryLen[entries] = (byte) len;
        entryValue[entries] = value;
        slotEntry[slot] = entries++;
        poolLen += len;
    }
}
