package org.rasd.text;

/**
 * Abbreviations after which a period does not end a sentence (single letters are handled by the
 * scanner). Latin ones, since Arabic news quotes English titles and agency names.
 */
final class Abbreviations {
    private static final String[] WORDS = {
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no",
        "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "vol", "fig", "al",
        // Arabic: د. (doctor), م. (engineer / AD), ق.م, هـ. (hijri), أ.د, ص.ب
        "\u062F", "\u0645", "\u0647", "\u0635\u0628", "\u0642\u0645",
    };

    private Abbreviations() {
    }

    /** Whether {@code text[start, end)} (ASCII compared case-insensitively) is a known abbreviation. */
    static boolean contains(CharSequence text, int start, int end) {
        outer:
        for (String w : WORDS) {
            if (w.length() != end - start) {
                continue;
            }
            for (int k = 0; k < w.length(); k++) {
                char c = text.charAt(start + k);
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                if (c != w.charAt(k)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
