package org.rasd.ner.tagger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasd.ner.ActorLexicon;
import org.rasd.ner.ActorMatch;
import org.rasd.ner.NameKey;
import org.rasd.ner.internal.TokenForms;

/**
 * Turns a sentence's tokens into hashed feature ids, one array per token. Hashing avoids building strings per
 * feature, which keeps tagging fast; 32-bit ids collide negligibly at this model's size. Thread-safe.
 */
public final class NerFeatures {
    /** Bumped whenever a template's definition changes, so that old models are refused instead of misread. */
    public static final int VERSION = 1;

    private static final int BOS = 0x5EED_0001;
    private static final int EOS = 0x5EED_0002;

    private final Set<FeatureTemplate> templates;
    private final ActorLexicon lexicon;
    private final WordLists lists;

    public NerFeatures(Set<FeatureTemplate> templates, ActorLexicon lexicon, WordLists lists) {
        this.templates = templates.isEmpty() ? EnumSet.noneOf(FeatureTemplate.class) : EnumSet.copyOf(templates);
        this.lexicon = lexicon;
        this.lists = lists;
    }

    /** The same features less {@code template}. */
    public NerFeatures without(FeatureTemplate template) {
        EnumSet<FeatureTemplate> t = templates.isEmpty() ? EnumSet.noneOf(FeatureTemplate.class) : EnumSet.copyOf(templates);
        t.remove(template);
        return new NerFeatures(t, lexicon, lists);
    }

    public Set<FeatureTemplate> templates() {
        return templates;
    }

    /** The feature-set descriptor written into model manifests: version and templates. */
    public String descriptor() {
        return "v" + VERSION + ":" + templates.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Feature ids for each token of {@code tokens}, with no document history. */
    public int[][] extract(String[] tokens) {
        return extract(tokens, null);
    }

    /** The stem keys of tokens, as {@link DocumentHistory} records them. */
    public static String[] stemKeys(String[] tokens) {
        String[] out = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = stem(NameKey.of(tokens[i]));
        }
        return out;
    }

    /** Feature ids for each token of {@code tokens}; {@code history} (may be null) is what earlier sentences said. */
    public int[][] extract(String[] tokens, DocumentHistory history) {
        int n = tokens.length;
        String[] keys = new String[n];
        String[] stems = new String[n];
        int[] kh = new int[n];
        int[] sh = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = NameKey.of(tokens[i]);
            stems[i] = stem(keys[i]);
            kh[i] = keys[i].hashCode();
            sh[i] = stems[i].hashCode();
        }
        int[] gaz = templates.contains(FeatureTemplate.GAZETTEER) ? gazetteer(tokens) : null;
        int[][] out = new int[n][];
        int[] buf = new int[128];
        for (int i = 0; i < n; i++) {
            int k = 0;
            buf[k++] = f(0, 1);
            if (templates.contains(FeatureTemplate.WORD)) {
                buf[k++] = f(1, kh[i]);
            }
            if (templates.contains(FeatureTemplate.CONTEXT)) {
                buf[k++] = f(2, at(kh, i - 1));
                buf[k++] = f(3, at(kh, i + 1));
                buf[k++] = f(4, at(kh, i - 2));
                buf[k++] = f(5, at(kh, i + 2));
            }
            if (templates.contains(FeatureTemplate.STEM)) {
                buf[k++] = f(6, sh[i]);
                buf[k++] = f(7, at(sh, i - 1));
                buf[k++] = f(8, at(sh, i + 1));
            }
            if (templates.contains(FeatureTemplate.AFFIX)) {
                String s = stems[i];
                String w = keys[i];
                for (int len = 1; len <= 4; len++) {
                    buf[k++] = f(10 + len, prefixHash(s, len));
                    buf[k++] = f(20 + len, suffixHash(s, len));
                    buf[k++] = f(30 + len, prefixHash(w, len));
                    buf[k++] = f(40 + len, suffixHash(w, len));
                }
            }
            if (templates.contains(FeatureTemplate.CHAR_NGRAM)) {
                String st = "^" + stems[i] + "$";
                for (int a = 0; a + 3 <= st.length() && k < buf.length - 40; a++) {
                    buf[k++] = f(55, (st.charAt(a) * 31 + st.charAt(a + 1)) * 31 + st.charAt(a + 2));
                }
            }
            if (templates.contains(FeatureTemplate.SHAPE)) {
                buf[k++] = f(50, shape(keys[i]));
                buf[k++] = f(51, shape(keys[i]) * 31 + (i == 0 ? 1 : 0));
            }
            if (templates.contains(FeatureTemplate.BIGRAM)) {
                buf[k++] = f(52, at(kh, i - 1) * 0x3C6EF372 + kh[i]);
                buf[k++] = f(53, kh[i] * 0x3C6EF372 + at(kh, i + 1));
            }
            if (gaz != null) {
                buf[k++] = f(60, gaz[i]);
                buf[k++] = f(61, i > 0 ? gaz[i - 1] : BOS);
                buf[k++] = f(62, i + 1 < n ? gaz[i + 1] : EOS);
            }
            if (templates.contains(FeatureTemplate.PERSON_NAME)) {
                int p0 = lists.isPersonName(stems[i]) ? 1 : 0;
                int pm = i > 0 && lists.isPersonName(stems[i - 1]) ? 1 : 0;
                int pp = i + 1 < n && lists.isPersonName(stems[i + 1]) ? 1 : 0;
                buf[k++] = f(70, p0);
                buf[k++] = f(71, pm * 2 + pp);
                buf[k++] = f(72, p0 * 4 + pm * 2 + pp);
            }
            if (templates.contains(FeatureTemplate.CLUSTER)) {
                int c0 = lists.cluster(stems[i]);
                int cm = i > 0 ? lists.cluster(stems[i - 1]) : BOS;
                int cp = i + 1 < n ? lists.cluster(stems[i + 1]) : EOS;
                buf[k++] = f(80, c0);
                buf[k++] = f(81, c0 >>> 10);
                buf[k++] = f(82, cm);
                buf[k++] = f(83, cp);
                buf[k++] = f(84, i > 1 ? lists.cluster(stems[i - 2]) >>> 10 : BOS);
                buf[k++] = f(85, i + 2 < n ? lists.cluster(stems[i + 2]) >>> 10 : EOS);
                buf[k++] = f(86, (cm >>> 10) * 0x3C6EF372 + c0);
                buf[k++] = f(87, c0 * 0x3C6EF372 + (cp >>> 10));
            }
            if (templates.contains(FeatureTemplate.NEWS_STATS)) {
                int st = lists.stats(stems[i]);
                boolean art = hasArticle(keys[i]);
                buf[k++] = f(90, st);
                buf[k++] = f(91, st * 2 + (art ? 1 : 0));
                buf[k++] = f(92, i > 0 ? lists.stats(stems[i - 1]) : BOS);
            }
            if (templates.contains(FeatureTemplate.HISTORY)) {
                int h0 = history == null ? 0 : history.code(stems[i]);
                int hm = history == null || i == 0 ? 0 : history.code(stems[i - 1]);
                int hp = history == null || i + 1 >= n ? 0 : history.code(stems[i + 1]);
                buf[k++] = f(100, h0);
                buf[k++] = f(101, h0 * 8 + hm);
                buf[k++] = f(102, h0 * 8 + hp);
            }
            out[i] = java.util.Arrays.copyOf(buf, k);
        }
        return out;
    }

    private int[] gazetteer(String[] tokens) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.length];
        int[] ends = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = text.length();
            text.append(tokens[i]);
            ends[i] = text.length();
            text.append(' ');
        }
        String t = text.toString();
        List<TokenForms.View> views = TokenForms.ofTokens(t, starts, ends);
        int[] g = new int[tokens.length];
        for (ActorMatch m : lexicon.findAll(views, t)) {
            int code = (m.type().ordinal() + 1) * 16 + m.kind().ordinal() * 4;
            for (int j = m.firstToken(); j < m.endToken(); j++) {
                g[j] = code + (j == m.firstToken() ? 1 : 2);
            }
        }
        return g;
    }

    private static int at(int[] h, int i) {
        return i < 0 ? BOS : i >= h.length ? EOS : h[i];
    }

    /** Whether the word carries the article ال (after any leading conjunction or preposition). */
    public static boolean hasArticle(String key) {
        String s = stem(key);
        return s.length() < key.length() && key.regionMatches(key.length() - s.length() - 2, "ال", 0, 2)
                || key.startsWith("لل") && s.length() == key.length() - 2;
    }

    /** The word without a leading conjunction, preposition or article; the word itself if too short. */
    public static String stem(String key) {
        int p = 0;
        int n = key.length();
        if (n - p > 3 && (key.charAt(p) == 'و' || key.charAt(p) == 'ف')) {
            p++;
        }
        if (n - p > 3 && (key.charAt(p) == 'ب' || key.charAt(p) == 'ك')) {
            p++;
        } else if (n - p > 3 && key.charAt(p) == 'ل') {
            p++;
            if (n - p > 3 && key.charAt(p) == 'ل') {
                return key.substring(p + 1);
            }
        }
        if (n - p > 4 && key.charAt(p) == 'ا' && key.charAt(p + 1) == 'ل') {
            p += 2;
        }
        return p == 0 ? key : key.substring(p);
    }

    private static int prefixHash(String s, int len) {
        int h = len;
        for (int i = 0; i < Math.min(len, s.length()); i++) {
            h = h * 31 + s.charAt(i);
        }
        return s.length() < len ? h ^ 0x7F4A7C15 : h;
    }

    private static int suffixHash(String s, int len) {
        int h = len;
        for (int i = Math.max(0, s.length() - len); i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return s.length() < len ? h ^ 0x7F4A7C15 : h;
    }

    private static int shape(String key) {
        int arabic = 0;
        int latin = 0;
        int digit = 0;
        int other = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic = 1;
            } else if (c >= '0' && c <= '9') {
                digit = 1;
            } else if (Character.isLetter(c)) {
                latin = 1;
            } else {
                other = 1;
            }
        }
        int len = Math.min(key.length(), 8);
        return (((arabic * 2 + latin) * 2 + digit) * 2 + other) * 16 + len;
    }

    /** Murmur3-style mixing of a template id and a value hash into one feature id. */
    static int f(int template, int value) {
        int h = template * 0x9E3779B1 ^ value;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
