package org.rasd.text;

/**
 * Decides which leading and trailing letters of a token are clitics (UD Arabic conventions): the
 * conjunctions و ف, the prepositions ب ل ك, the future particle س, and the attached pronouns ه ها هم
 * هما هن ك كم كن ي ني نا. Each possible split is one yes/no decision scored by a logistic model over
 * lexical evidence ({@link SplitFeatures}): how often the whole token and the remainder occur in news,
 * whether the whole token itself takes further clitics or the article (a sign that it is a stem, as in
 * وزير، بغداد، لبنان), and gazetteer name flags; the weights are learned from a segmented treebank
 * ({@link CliticModelTrainer}). Proclitics are decided outside-in, then the enclitic. Thread-safe and
 * allocation-free.
 */
public final class CliticSegmenter {
    /** Minimal letters a stem keeps after splitting. */
    static final int MIN_STEM = 2;

    private final StemLexicon lexicon;
    private final double[] weights;

    CliticSegmenter(StemLexicon lexicon, double[] weights) {
        if (weights.length != SplitFeatures.COUNT) {
            throw new IllegalArgumentException("expected " + SplitFeatures.COUNT + " weights, got " + weights.length);
        }
        this.lexicon = lexicon;
        this.weights = weights.clone();
    }

    public StemLexicon lexicon() {
        return lexicon;
    }

    /** Number of single-letter proclitics in a packed result. */
    static int proclitics(int packed) {
        return packed >>> 8;
    }

    /** Length of the enclitic in a packed result (0 when none). */
    static int encliticLength(int packed) {
        return packed & 0xff;
    }

    /**
     * Segments the skeleton {@code w[0, len)} of one letter token. Returns {@code proclitics << 8 |
     * encliticLength}. {@code x} is the caller's scratch array of {@link SplitFeatures#COUNT} doubles.
     */
    public int segment(char[] w, int len, double[] x) {
        int pronounOnly = SplitFeatures.prepositionWithPronoun(w, len);
        if (pronounOnly >= 0) {
            return pronounOnly;
        }
        int from = 0;
        int proclitics = 0;
        int previous = -1;
        // Outer conjunction, then an inner preposition or the future particle: و ب، ف ل، و س ...
        while (proclitics < 2 && len - from - 1 >= MIN_STEM && !FunctionWords.startsToken(w, from, len)) {
            int type = SplitFeatures.procliticType(w[from], previous, w, from, len);
            if (type < 0 || !split(w, from, len, type, x)) {
                break;
            }
            previous = type;
            from++;
            proclitics++;
        }
        int suffix = 0;
        if (!FunctionWords.contains(w, from, len)) {
            for (int k = SplitFeatures.ENCLITICS.length - 1; k >= 0 && suffix == 0; k--) {
                String e = SplitFeatures.ENCLITICS[k];
                if (len - from - e.length() >= MIN_STEM && endsWith(w, len, e)
                        && split(w, from, len, SplitFeatures.ENCLITIC_TYPE[k], x)) {
                    suffix = e.length();
                }
            }
        }
        return proclitics << 8 | suffix;
    }

    private boolean split(char[] w, int from, int to, int type, double[] x) {
        SplitFeatures.fill(lexicon, w, from, to, type, x);
        return SplitFeatures.dot(weights, x) > 0;
    }

    private static boolean endsWith(char[] w, int len, String e) {
        int off = len - e.length();
        for (int k = 0; k < e.length(); k++) {
            if (w[off + k] != e.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
