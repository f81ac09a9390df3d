package org.rasd.events.internal;

/**
 * The matching key of an Arabic word for the event lexicons: diacritics and tatweel dropped, alef
 * variants to bare alef, alef maqsura to ya, ta marbuta to ha, hamza seats (ؤ ئ) to their letters,
 * Persian yeh/keheh to Arabic. Stricter than the text layer's normalizer on purpose (hamza seats vary
 * most in news spelling), and applied to both the lexicon and the text, so the two always agree.
 */
public final class ArabicFold {
    private static final char[] TABLE = new char[0x10000];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        for (int c = 0x064B; c <= 0x065F; c++) {
            TABLE[c] = 0; // fathatan .. wavy hamza below
        }
        TABLE[0x0670] = 0; // superscript alef
        TABLE[0x0640] = 0; // tatweel
        TABLE[0x200C] = 0;
        TABLE[0x200D] = 0;
        TABLE[0x200E] = 0;
        TABLE[0x200F] = 0;
        TABLE[0xFEFF] = 0;
        TABLE['أ'] = 'ا';
        TABLE['إ'] = 'ا';
        TABLE['آ'] = 'ا';
        TABLE['ٱ'] = 'ا';
        TABLE['ى'] = 'ي';
        TABLE['ة'] = 'ه';
        TABLE['ؤ'] = 'و';
        TABLE['ئ'] = 'ي';
        TABLE['ی'] = 'ي';
        TABLE['ک'] = 'ك';
        for (int d = 0; d < 10; d++) {
            TABLE[0x0660 + d] = (char) ('0' + d);
            TABLE[0x06F0 + d] = (char) ('0' + d);
        }
    }

    private ArabicFold() {
    }

    /** The folded form of {@code text}. */
    public static String fold(CharSequence text) {
        int n = text.length();
        char[] out = null;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char m = TABLE[c];
            if (out == null) {
                if (m == c) {
                    continue;
                }
                out = new char[n];
                for (int j = 0; j < i; j++) {
                    out[j] = text.charAt(j);
                }
                len = i;
            }
            if (m != 0) {
                out[len++] = m;
            }
        }
        return out == null ? text.toString() : new String(out, 0, len);
    }

    /** Whether {@code c} is an Arabic letter (after folding). */
    public static boolean isArabicLetter(char c) {
        return c >= 0x0621 && c <= 0x064A;
    }
}
