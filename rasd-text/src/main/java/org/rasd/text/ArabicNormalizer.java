package org.rasd.text;

import org.rasd.model.AlignedText;

/**
 * Normalizes Arabic text for matching while keeping an alignment back to the original offsets. The
 * rules, applied per char (no rule needs context, so one table lookup does them all):
 * <ul>
 *   <li>drop diacritics (fathatan .. sukun, superscript alef, Quranic marks), tatweel, zero-width and bidi
 *       control characters;</li>
 *   <li>alef with hamza above/below, madda and wasla (أ إ آ ٱ) become bare alef ا;</li>
 *   <li>alef maqsura ى becomes ya ي; Persian yeh and keheh become Arabic ya and kaf;</li>
 *   <li>ta marbuta ة becomes ha ه — <b>on by default</b>, as in Lucene's ArabicNormalizer, because news
 *       spelling varies between the two at word end; {@link #keepingTaMarbuta()} turns it off;</li>
 *   <li>Arabic-Indic and Persian digits become ASCII digits;</li>
 *   <li>Arabic comma, semicolon, question mark, percent and decimal separators become their ASCII forms;
 *       double quotes (« » “ ” „) become {@code "}, single curly quotes become {@code '}.</li>
 * </ul>
 * Every output char comes from exactly one input char, so the alignment is monotonic. Display always
 * uses the original text. Instances are immutable and thread-safe.
 */
public final class ArabicNormalizer {
    private static final ArabicNormalizer DEFAULT = new ArabicNormalizer(true, true, true);

    private final char[] table;
    private final boolean foldTaMarbuta;

    private ArabicNormalizer(boolean foldTaMarbuta, boolean foldAlefMaqsura, boolean foldAlef) {
        this.foldTaMarbuta = foldTaMarbuta;
        this.table = ArabicChars.BASE.clone();
        if (!foldAlef) {
            for (char c : new char[] {'\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673'}) {
                table[c] = c;
            }
        }
        if (foldTaMarbuta) {
            table[ArabicChars.TA_MARBUTA] = ArabicChars.HA;
        }
        if (foldAlefMaqsura) {
            table[ArabicChars.ALEF_MAQSURA] = ArabicChars.YA;
        }
    }

    /** The default normalizer: every rule on, ta marbuta folded to ha. */
    public static ArabicNormalizer standard() {
        return DEFAULT;
    }

    /** Same rules but ta marbuta ة is kept (distinguishes كتابة from كتابه). */
    public static ArabicNormalizer keepingTaMarbuta() {
        return new ArabicNormalizer(false, true, true);
    }

    /**
     * The segmenter's view: only marks dropped and digits mapped. Ta marbuta and alef maqsura decide
     * enclitic splits (كتابة vs كتابه) and hamza tells كأن from ك+ان, so none of them is folded.
     */
    static ArabicNormalizer forSegmentation() {
        return new ArabicNormalizer(false, false, false);
    }

    public boolean foldsTaMarbuta() {
        return foldTaMarbuta;
    }

    /** The normalized form of a whole text with its alignment to the original. */
    public AlignedText normalize(String text) {
        int n = text.length();
        char[] out = new char[n];
        int[] src = new int[n];
        int len = normalize(text, 0, n, out, src, 0);
        char[] norm = java.util.Arrays.copyOf(out, len);
        int[] starts = java.util.Arrays.copyOf(src, len);
        int[] ends = new int[len];
        for (int i = 0; i < len; i++) {
            ends[i] = starts[i] + 1;
        }
        return new AlignedText(text, new String(norm), starts, ends);
    }

    /** The normalized form of {@code text}, for lexicon keys and lookups (no alignment kept). */
    public String normalizeForMatching(CharSequence text) {
        int n = text.length();
        int same = 0;
        while (same < n && table[text.charAt(same)] == text.charAt(same)) {
            same++;
        }
        if (same == n) {
            return text.toString(); // already normal: no copy for a String
        }
        char[] out = new char[n];
        int len = same;
        for (int i = 0; i < same; i++) {
            out[i] = text.charAt(i);
        }
        for (int i = same; i < n; i++) {
            char c = table[text.charAt(i)];
            if (c != 0) {
                out[len++] = c;
            }
        }
        return new String(out, 0, len);
    }

    /**
     * Hot-path form: normalizes {@code text[from, to)} into {@code out} starting at {@code outPos}, writing
     * for each output char the original offset it came from into {@code src}. Returns the new output length.
     */
    public int normalize(CharSequence text, int from, int to, char[] out, int[] src, int outPos) {
        int len = outPos;
        for (int i = from; i < to; i++) {
            char c = table[text.charAt(i)];
            if (c != 0) {
                out[len] = c;
                src[len++] = i;
            }
        }
        return len;
    }

    /** Maps one char; {@code 0} when the char is dropped. */
    public char map(char c) {
        return table[c];
    }
}
