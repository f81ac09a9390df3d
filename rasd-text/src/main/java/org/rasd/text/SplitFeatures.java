package org.rasd.text;

/**
 * The features of one clitic-split decision ("is the first letter of {@code w[from, to)} a proclitic of
 * type t?", or "is its ending an enclitic?"), shared by the segmenter at run time and by the trainer
 * that learns the weights. Each feature compares lexical evidence for the whole string being a word
 * with evidence for the remainder being one.
 */
final class SplitFeatures {
    static final char WAW = '\u0648';
    static final char FA = '\u0641';
    static final char BA = '\u0628';
    static final char LAM = '\u0644';
    static final char KAF = '\u0643';
    static final char SIN = '\u0633';
    static final char YA_LETTER = '\u064A';
    static final String ARTICLE = "\u0627\u0644";

    /** Proclitic letters; their index is the decision type. */
    static final char[] PROCLITICS = {WAW, FA, BA, LAM, KAF, SIN};
    /** Enclitic pronouns, shorter ones first; decision type is {@code PROCLITICS.length + index}. */
    static final String[] ENCLITICS = {
        "\u0647", "\u0643", "\u064A", "\u0647\u0627", "\u0647\u0645", "\u0647\u0646", "\u0643\u0645",
        "\u0643\u0646", "\u0646\u064A", "\u0646\u0627", "\u0647\u0645\u0627",
    };
    static final int[] ENCLITIC_TYPE = new int[ENCLITICS.length];
    static final int TYPES = PROCLITICS.length + ENCLITICS.length;

    private static final int NUMERIC = 21;
    /** Number of features (and weights): a bias per decision type, then the numeric features. */
    static final int COUNT = TYPES + NUMERIC;

    static {
        for (int k = 0; k < ENCLITICS.length; k++) {
            ENCLITIC_TYPE[k] = PROCLITICS.length + k;
        }
    }

    private SplitFeatures() {
    }

    static boolean isProclitic(int type) {
        return type < PROCLITICS.length;
    }

    /**
     * The proclitic type of {@code c} after the proclitic {@code previous} (-1 at the start), or -1 if it
     * cannot be one here. Only ب ل ك س may follow و or ف, nothing follows the others; the future particle
     * needs an imperfect verb prefix after it.
     */
    static int procliticType(char c, int previous, char[] w, int from, int to) {
        int type = -1;
        for (int k = 0; k < PROCLITICS.length; k++) {
            if (PROCLITICS[k] == c) {
                type = k;
            }
        }
        if (type < 0 || (previous >= 0 && (previous > 1 || type <= 1))) {
            return -1;
        }
        if (c == SIN) {
            char n = w[from + 1];
            if (n != '\u064A' && n != '\u062A' && n != '\u0646' && n != '\u0623') {
                return -1;
            }
        }
        return type;
    }

    /**
     * Writes the features of splitting {@code w[from, to)} with a clitic of {@code type} into {@code x}
     * (length {@link #COUNT}, overwritten).
     */
    static void fill(StemLexicon lex, char[] w, int from, int to, int type, double[] x) {
        java.util.Arrays.fill(x, 0);
        x[type] = 1;
        boolean pro = isProclitic(type);
        int restFrom = pro ? from + 1 : from;
        int restTo = pro ? to : to - ENCLITICS[type - PROCLITICS.length].length();
        // ل before the article drops its alef: للسلطة = ل + (ا)لسلطة, so look the rest up with it restored.
        boolean lamArticle = pro && w[from] == LAM && restTo - restFrom >= 2 && w[restFrom] == LAM;
        int whole = lex.count("", w, from, to);
        int rest = lamArticle ? lex.count("\u0627", w, restFrom, restTo) : lex.count("", w, restFrom, restTo);
        // Before an enclitic the stem's last letter is spelled differently: زوجة -> زوجته, مستوى -> مستواه,
        // وراء -> ورائها. Count the stem's standalone spelling too.
        int restored = 0;
        if (!pro) {
            char last = w[restTo - 1];
            String alt = last == '\u062A' ? "\u0629" : last == '\u0627' ? "\u0649" : last == '\u0626' || last == '\u0624'
                    ? "\u0621" : last == '\u064A' ? "\u0649" : null;
            if (alt != null) {
                restored = lex.count("", w, restFrom, restTo - 1, alt);
            }
        }
        int wholeWithArticle = lex.count(ARTICLE, w, from, to);
        int restWithArticle = lamArticle ? 0 : lex.count(ARTICLE, w, restFrom, restTo);
        // Clitics that cannot precede the hypothesised one: if they attach to the whole token, it is a stem.
        int wholeTakesClitic = lex.count("\u0628", w, from, to) + lex.count("\u0644", w, from, to)
                + lex.count("\u0643", w, from, to);
        if (!pro || type <= 1) {
            wholeTakesClitic += lex.count("\u0648", w, from, to) + lex.count("\u0641", w, from, to);
        }
        int restTakesClitic = lex.count("\u0648", w, restFrom, restTo) + lex.count("\u0628", w, restFrom, restTo);
        boolean wholeHasArticle = to - from > 3 && w[from] == '\u0627' && w[from + 1] == LAM;
        boolean restHasArticle = restTo - restFrom > 3 && w[restFrom] == '\u0627' && w[restFrom + 1] == LAM;
        int i = TYPES;
        double lw = Math.log1p(whole);
        double lr = Math.log1p(rest + restored);
        double diff = (lr - lw) / 5;
        x[i++] = lw / 10;
        x[i++] = lr / 10;
        x[i++] = diff;
        x[i++] = Math.log1p(wholeWithArticle) / 10;
        x[i++] = Math.log1p(restWithArticle) / 10;
        x[i++] = Math.log1p(wholeTakesClitic) / 10;
        x[i++] = Math.log1p(restTakesClitic) / 10;
        x[i++] = (lex.flags("", w, from, to) & StemLexicon.FLAG_STEM) != 0 ? 1 : 0;
        x[i++] = (lex.flags("", w, restFrom, restTo) & StemLexicon.FLAG_STEM) != 0 ? 1 : 0;
        x[i++] = restTo - restFrom == 2 ? 1 : 0;
        x[i++] = restTo - restFrom == 3 ? 1 : 0;
        x[i++] = whole == 0 ? 1 : 0;
        x[i++] = rest + restored == 0 ? 1 : 0;
        x[i++] = lamArticle ? 1 : 0;
        x[i++] = restHasArticle ? 1 : 0;
        x[i++] = wholeHasArticle && !pro ? 1 : 0;
        x[i++] = restored > rest ? 1 : 0;
        // The clitics differ in how often they attach, so the count ratio gets a weight per clitic group.
        x[i++] = type <= 1 ? diff : 0;
        x[i++] = type >= 2 && type <= 4 ? diff : 0;
        x[i++] = type == 5 ? diff : 0;
        x[i++] = pro ? 0 : diff;
    }

    /**
     * A preposition with only a pronoun after it (له، بها، لهم، وبه، فلنا): every letter is a clitic, so
     * it is split without a decision. Returns the packed result, or -1 when {@code w} is not one.
     */
    static int prepositionWithPronoun(char[] w, int len) {
        int from = 0;
        if (len > 0 && (w[0] == WAW || w[0] == FA)) {
            from = 1;
        }
        if (len - from < 2 || (w[from] != BA && w[from] != LAM)) {
            return -1;
        }
        int rest = len - from - 1;
        for (String e : ENCLITICS) {
            // لي، بي and لكن stay whole in UD Arabic.
            if (e.length() == rest && matches(e, w, from + 1) && e.charAt(0) != YA_LETTER
                    && !(w[from] == LAM && e.charAt(0) == KAF && rest == 2)) {
                return (from + 1) << 8 | rest;
            }
        }
        return -1;
    }

    static boolean endsWith(char[] w, int len, String e) {
        return len >= e.length() && matches(e, w, len - e.length());
    }

    private static boolean matches(String s, char[] w, int at) {
        for (int k = 0; k < s.length(); k++) {
            if (w[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static double dot(double[] weights, double[] x) {
        double z = 0;
        for (int k = 0; k < x.length; k++) {
            z += weights[k] * x[k];
        }
        return z;
    }
}
