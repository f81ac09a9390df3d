package org.rasd.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Word counts and stem flags keyed by the segmentation skeleton of a word (diacritics dropped, alef
 * variants unified, ta marbuta and alef maqsura kept). An open-addressing hash table over one shared
 * {@code char[]} pool, so lookups take a slice of a buffer and allocate nothing. Immutable after load.
 *
 * <p>File format (UTF-8, optionally gzipped): {@code #} header lines naming sources and licences, then
 * one {@code skeleton<TAB>count[<TAB>flags]} line per word.
 */
public final class StemLexicon {
    /** The word is a known stem: a place or person name from a gazetteer. */
    public static final int FLAG_STEM = 1;

    private char[] pool = new char[1 << 16];
    private int poolLen;
    private int[] keyStart = new int[1024];
    private int[] keyLen = new int[1024];
    private int[] keyHash = new int[1024];
    private int[] counts = new int[1024];
    private byte[] flags = new byte[1024];
    private int size;
    private int[] slots = new int[2048];
    private long total;

    /** An empty lexicon (every word unknown). */
    public static StemLexicon empty() {
        StemLexicon l = new StemLexicon();
        Arrays.fill(l.slots, -1);
        return l;
    }

    /** Reads a lexicon file (gzipped when the stream starts with the gzip magic). */
    public static StemLexicon read(InputStream in) throws IOException {
        InputStream raw = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        InputStream body = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
        StemLexicon l = empty();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int tab = line.indexOf('\t');
                int tab2 = line.indexOf('\t', tab + 1);
                String key = line.substring(0, tab);
                int count = Integer.parseInt(line.substring(tab + 1, tab2 < 0 ? line.length() : tab2));
                int f = 0;
                if (tab2 >= 0) {
                    for (int k = tab2 + 1; k < line.length(); k++) {
                        f |= line.charAt(k) == 'S' ? FLAG_STEM : 0;
                    }
                }
                l.put(key, count, f);
            }
        }
        return l;
    }

    /** Loads a lexicon from the class path. */
    public static StemLexicon fromResource(String name) {
        try (InputStream in = StemLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Adds {@code count} and ORs {@code f} into the entry of {@code key}. */
    public void put(String word, int count, int f) {
        char[] key = word.toCharArray();
        int h = hash("", key, 0, key.length);
        int mask = slots.length - 1;
        int slot = h & mask;
        while (slots[slot] >= 0) {
            int e = slots[slot];
            if (keyHash[e] == h && equalsKey(e, "", key, 0, key.length)) {
                counts[e] += count;
                flags[e] |= (byte) f;
                total += count;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keyStart.length) {
            int cap = size * 2;
            keyStart = Arrays.copyOf(keyStart, cap);
            keyLen = Arrays.copyOf(keyLen, cap);
            keyHash = Arrays.copyOf(keyHash, cap);
            counts = Arrays.copyOf(counts, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        while (poolLen + key.length > pool.length) {
            pool = Arrays.copyOf(pool, pool.length * 2);
        }
        System.arraycopy(key, 0, pool, poolLen, key.length);
        keyStart[size] = poolLen;
        keyLen[size] = key.length;
        keyHash[size] = h;
        counts[size] = count;
        flags[size] = (byte) f;
        poolLen += key.length;
        slots[slot] = size++;
        total += count;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        Arrays.fill(slots, -1);
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = keyHash[e] & mask;
            while (slots[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e;
        }
    }

    private int find(String prefix, char[] buf, int from, int to, String tail) {
        int mask = slots.length - 1;
        int h = hash(prefix, buf, from, to, tail);
        int slot = h & mask;
        int e;
        while ((e = slots[slot]) >= 0) {
            if (keyHash[e] == h && equalsKey(e, prefix, buf, from, to, tail)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** Count of the word {@code prefix + buf[from, to)}; 0 when unknown. */
    public int count(String prefix, char[] buf, int from, int to) {
        int e = find(prefix, buf, from, to, "");
        return e < 0 ? 0 : counts[e];
    }

    /** Count of the word {@code prefix + buf[from, to) + tail}; 0 when unknown. */
    public int count(String prefix, char[] buf, int from, int to, String tail) {
        int e = find(prefix, buf, from, to, tail);
        return e < 0 ? 0 : counts[e];
    }

    /** Flags of the word {@code prefix + buf[from, to)}; 0 when unknown. */
    public int flags(String prefix, char[] buf, int from, int to) {
        int e = find(prefix, buf, from, to, "");
        return e < 0 ? 0 : flags[e];
    }

    /** Number of distinct words. */
    public int size() {
        return size;
    }

    /** Sum of all counts. */
    public long total() {
        return total;
    }

    private static int hash(String prefix, char[] buf, int from, int to) {
        return hash(prefix, buf, from, to, "");
    }

    private static int hash(String prefix, char[] buf, int from, int to, String tail) {
        int h = 0;
        for (int k = 0; k < prefix.length(); k++) {
            h = 31 * h + prefix.charAt(k);
        }
        for (int k = from; k < to; k++) {
            h = 31 * h + buf[k];
        }
        for (int k = 0; k < tail.length(); k++) {
            h = 31 * h + tail.charAt(k);
        }
        return mix(h);
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    private boolean equalsKey(int e, String prefix, char[] buf, int from, int to) {
        return equalsKey(e, prefix, buf, from, to, "");
    }

    private boolean equalsKey(int e, String prefix, char[] buf, int from, int to, String tail) {
        int pl = prefix.length();
        int tl = tail.length();
        if (keyLen[e] != pl + to - from + tl) {
            return false;
        }
        int s = keyStart[e];
        for (int k = 0; k < pl; k++) {
            if (pool[s + k] != prefix.charAt(k)) {
                return false;
            }
        }
        s += pl - from;
        for (int k = from; k < to; k++) {
            if (pool[s + k] != buf[k]) {
                return false;
            }
        }
        s += to;
        for (int k = 0; k < tl; k++) {
            if (pool[s + k] != tail.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
