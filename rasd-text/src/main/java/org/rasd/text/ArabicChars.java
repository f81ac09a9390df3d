package org.rasd.text;

/**
 * Character tables of the text layer: one lookup per char decides its class (letter, digit, mark to
 * drop, space, punctuation) and its normalized replacement. Built once; every hot loop reads these
 * arrays instead of calling {@link Character} methods or regexes.
 */
final class ArabicChars {
    /** A letter (any script): part of a token. */
    static final byte LETTER = 1;
    /** A digit (any script): part of a token. */
    static final byte DIGIT = 2;
    /** A char dropped by normalization but kept inside a token's span: diacritics, tatweel, zero-width, bidi. */
    static final byte IGNORABLE = 3;
    /** White space; line breaks are also {@link #NEWLINE}. */
    static final byte SPACE = 4;
    /** A line break: ends a sentence. */
    static final byte NEWLINE = 5;
    /** Anything else: punctuation and symbols, each one a token of its own. */
    static final byte PUNCT = 6;
    /**
     * An invisible format char (zero-width, bidi control, BOM, soft hyphen): dropped by normalization,
     * kept inside a token, but never the first or last char of a token or sentence span.
     */
    static final byte INVISIBLE = 7;

    /** Class of every UTF-16 code unit. */
    static final byte[] CLASS = new byte[65536];
    /**
     * Normalized replacement of every code unit for matching, with ta marbuta and alef maqsura kept
     * (the folds the segmenter must not do); {@code 0} means "drop".
     */
    static final char[] BASE = new char[65536];

    static final char ALEF = '\u0627';
    static final char YA = '\u064A';
    static final char ALEF_MAQSURA = '\u0649';
    static final char TA_MARBUTA = '\u0629';
    static final char HA = '\u0647';

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            int type = Character.getType(ch);
            byte cls;
            if (ch == '\n' || ch == '\r' || ch == '\u2028' || ch == '\u2029' || ch == '\u000B' || ch == '\u000C'
                    || ch == '\u0085') {
                cls = NEWLINE;
            } else if (Character.isWhitespace(ch) || type == Character.SPACE_SEPARATOR) {
                cls = SPACE;
            } else if (isIgnorable(ch, type)) {
                cls = IGNORABLE;
            } else if (Character.isDigit(ch)) {
                cls = DIGIT;
            } else if (Character.isLetter(ch) || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                cls = LETTER;
            } else {
                cls = PUNCT;
            }
            if (cls == IGNORABLE && type == Character.FORMAT || ch == '\u00AD') {
                cls = INVISIBLE;
            }
            CLASS[c] = cls;
            BASE[c] = cls == IGNORABLE || cls == INVISIBLE ? 0 : ch;
        }
        // Surrogates: an astral char (emoji, rare scripts) stays one punctuation-like token.
        for (char c = '\uD800'; c <= '\uDFFF'; c++) {
            CLASS[c] = PUNCT;
            BASE[c] = c;
        }
        for (char c : new char[] {'\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673'}) {
            BASE[c] = ALEF;
        }
        BASE['\u06CC'] = YA;        // Persian yeh
        BASE['\u06A9'] = '\u0643';  // keheh -> kaf
        for (int d = 0; d < 10; d++) {
            BASE['\u0660' + d] = (char) ('0' + d);
            BASE['\u06F0' + d] = (char) ('0' + d);
        }
        BASE['\u060C'] = ',';
        BASE['\u061B'] = ';';
        BASE['\u061F'] = '?';
        BASE['\u066A'] = '%';
        BASE['\u066B'] = '.';
        BASE['\u066C'] = ',';
        BASE['\u06D4'] = '.';
        for (char c : new char[] {'\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036'}) {
            BASE[c] = '"';
        }
        for (char c : new char[] {'\u2018', '\u2019', '\u201A', '\u201B'}) {
            BASE[c] = '\'';
        }
    }

    private ArabicChars() {
    }

    private static boolean isIgnorable(char ch, int type) {
        return (ch >= '\u064B' && ch <= '\u065F')      // tanween, fatha, damma, kasra, shadda, sukun, ...
                || ch == '\u0670'                          // superscript alef
                || ch == '\u0640'                          // tatweel
                || (ch >= '\u0610' && ch <= '\u061A')      // honorific and Quranic signs
                || (ch >= '\u06D6' && ch <= '\u06DC') || (ch >= '\u06DF' && ch <= '\u06E4')
                || ch == '\u06E7' || ch == '\u06E8' || (ch >= '\u06EA' && ch <= '\u06ED')
                || ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060' || ch == '\uFEFF'
                || ch == '\u00AD'                          // soft hyphen
                || ch == '\u200E' || ch == '\u200F' || ch == '\u061C'              // LRM, RLM, ALM
                || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')
                || type == Character.NON_SPACING_MARK || type == Character.FORMAT;
    }

    static boolean isTokenChar(byte cls) {
        return cls == LETTER || cls == DIGIT || cls == IGNORABLE || cls == INVISIBLE;
    }

    /** A char that continues a word: a letter, or a mark or invisible char inside it. */
    static boolean continuesWord(byte cls) {
        return cls == LETTER || cls == IGNORABLE || cls == INVISIBLE;
    }
}
