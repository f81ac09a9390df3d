package org.rasd.events.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Phrases of one to four folded words mapped to a value, matched longest-first over a sentence's word
 * keys. Used for cue words, agents and date words; keys are built with {@link #key(String)} so the
 * article does not matter (قوات الأمن = قوات أمن).
 */
public final class PhraseTable<V> {
    public static final int MAX_WORDS = 4;
    private final Map<String, V> map = new HashMap<>();
    /** First words of phrases of two or more words: only these need the multi-word probes. */
    private final java.util.Set<String> heads = new java.util.HashSet<>();
    private int maxWords = 1;

    /** Adds a phrase written in plain Arabic; later additions do not override earlier ones. */
    public void add(String phrase, V value) {
        String[] words = phrase.trim().split("\\s+");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(key(ArabicFold.fold(w)));
        }
        map.putIfAbsent(sb.toString(), value);
        if (words.length > 1) {
            heads.add(key(ArabicFold.fold(words[0])));
        }
        maxWords = Math.max(maxWords, Math.min(MAX_WORDS, words.length));
    }

    /**
     * The article-free key of one folded word. A word of four letters keeps its ال: in الاف (thousands), الان (now)
     * or الام the letters are not the article, and stripping them made اف (the F of F-15) read as "thousands".
     */
    public static String key(String folded) {
        if (folded.length() > 4 && folded.startsWith("ال")) {
            return folded.substring(2);
        }
        return folded;
    }

    public V get(String keyedPhrase) {
        return map.get(keyedPhrase);
    }

    /** The value of a single keyed word, or null. */
    public V word(String key) {
        return map.get(key);
    }

    public int maxWords() {
        return maxWords;
    }

    /**
     * Longest match starting at {@code from} over the keyed words {@code keys}; returns the number of
     * words matched (0 when none) and stores the value in {@code out[0]}.
     */
    public int match(String[] keys, int from, int to, Object[] out) {
        int limit = heads.contains(keys[from]) ? Math.min(maxWords, to - from) : 1;
        for (int len = limit; len >= 1; len--) {
            String k;
            if (len == 1) {
                k = keys[from];
            } else {
                StringBuilder sb = new StringBuilder(keys[from]);
                for (int i = 1; i < len; i++) {
                    sb.append(' ').append(keys[from + i]);
                }
                k = sb.toString();
            }
            V v = map.get(k);
            if (v != null) {
                out[0] = v;
                return len;
            }
        }
        return 0;
    }

    public boolean contains(String keyedWord) {
        return map.containsKey(keyedWord);
    }
}
