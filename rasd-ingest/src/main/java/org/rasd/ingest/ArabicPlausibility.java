package org.rasd.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How plausible a decoding of Arabic text is. windows-1256 and ISO-8859-6 put the same letters at different bytes,
 * so decoding in the wrong one of them still yields letters; what gives it away is (1) script incoherence — an Arabic
 * letter inside a Latin word ({@code prىsident}) or an accented Latin letter inside an Arabic word — and C1 control
 * chars, and (2) letter pairs that Arabic seldom writes, scored by a letter-bigram model counted from news text
 * (resource {@code arabic-letter-bigrams.tsv}, loaded once).
 */
final class ArabicPlausibility {
    private static final String RESOURCE = "arabic-letter-bigrams.tsv";
    /** Log-probabilities of the counted pairs; key "" holds that of a pair never seen (add-one smoothing). */
    private static final Map<String, Double> LOG_PROB = load();
    private static final double UNSEEN = LOG_PROB.get("");

    /**
     * @param incoherent letter pairs that switch script inside a word, plus C1 controls: 0 for a right decoding
     * @param logProb    mean log-probability of the Arabic letter bigrams (boundaries included); higher is better
     * @param arabic     the share of Arabic letters among non-ASCII letters
     */
    record Score(int incoherent, double logProb, double arabic) {
        /** Whether this decoding is clearly better than {@code other}. */
        boolean beats(Score other) {
            if (incoherent != other.incoherent) {
                return incoherent < other.incoherent;
            }
            return logProb > other.logProb;
        }
    }

    private ArabicPlausibility() {
    }

    static Score score(String text) {
        int incoherent = 0;
        int arabic = 0;
        int otherLetters = 0;
        double logProb = 0;
        int pairs = 0;
        char prevLetter = '_';
        int prevScript = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                incoherent++;
            }
            if (c == '\u0640' || (c >= '\u064B' && c <= '\u0652')) {
                continue; // tatweel and diacritics sit inside words without breaking them
            }
            boolean letter = Character.isLetter(c);
            int script = !letter ? 0 : isArabicLetter(c) || (c >= 0x0600 && c <= 0x06FF) ? 1 : c < 0x80 ? 2 : 3;
            if (script == 1) {
                arabic++;
            } else if (script == 3) {
                otherLetters++;
            }
            if (script != 0 && prevScript != 0 && script != prevScript
                    && !(script == 2 && prevScript == 3) && !(script == 3 && prevScript == 2)) {
                incoherent++; // Latin (ASCII or accented) next to Arabic inside one word
            }
            char cur = isArabicLetter(c) ? c : '_';
            if (!(cur == '_' && prevLetter == '_')) {
                logProb += LOG_PROB.getOrDefault("" + prevLetter + cur, UNSEEN);
                pairs++;
            }
            prevLetter = cur;
            prevScript = script;
        }
        double share = arabic + otherLetters == 0 ? 0 : (double) arabic / (arabic + otherLetters);
        return new Score(incoherent, pairs == 0 ? 0 : logProb / pairs, share);
    }

    static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A');
    }

    private static Map<String, Double> load() {
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        try (InputStream in = ArabicPlausibility.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2 || f[0].length() != 2) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected BIGRAM TAB COUNT");
                }
                long c = Long.parseLong(f[1]);
                counts.put(f[0], c);
                total += c;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int alphabet = 43 * 43; // 42 letters and the boundary mark
        double denominator = total + alphabet;
        Map<String, Double> logProb = new HashMap<>();
        counts.forEach((k, c) -> logProb.put(k, Math.log((c + 1) / denominator)));
        logProb.put("", Math.log(1 / denominator));
        return Map.copyOf(logProb);
    }
}
