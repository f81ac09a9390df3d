package org.rasd.ner.tagger;

import java.util.Arrays;

/** Open-addressing map from feature id (an int hash) to a dense row index; no boxing in the tagging loop. */
final class FeatureIndex {
    private static final int EMPTY = 0;
    private int[] keys;
    private int[] rows;
    private boolean hasZeroKey;
    private int zeroRow = -1;
    private int size;

    FeatureIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[cap];
        rows = new int[cap];
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int get(int key) {
        if (key == EMPTY) {
            return hasZeroKey ? zeroRow : -1;
        }
        int mask = keys.length - 1;
        int i = key & mask;
        while (true) {
            int k = keys[i];
            if (k == key) {
                return rows[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The row of {@code key}, adding it with row {@code size()} when new. */
    int getOrAdd(int key) {
        int r = get(key);
        if (r >= 0) {
            return r;
        }
        put(key, size);
        return size - 1;
    }

    void put(int key, int row) {
        if (key == EMPTY) {
            hasZeroKey = true;
            zeroRow = row;
            size++;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = key & mask;
        while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        rows[i] = row;
        size++;
    }

    private void grow() {
        int[] ok = keys;
        int[] or = rows;
        keys = new int[ok.length * 2];
        rows = new int[ok.length * 2];
        int s = size - (hasZeroKey ? 1 : 0);
        size = hasZeroKey ? 1 : 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != EMPTY) {
                put(ok[i], or[i]);
            }
        }
        assert size == s + (hasZeroKey ? 1 : 0);
    }

    /** All keys, in row order. */
    int[] keysByRow() {
        int[] out = new int[size];
        Arrays.fill(out, 0);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out[rows[i]] = keys[i];
            }
        }
        if (hasZeroKey) {
            out[zeroRow] = 0;
        }
        return out;
    }
}
