package org.rasd.ner;

/**
 * The lookup key of an Arabic name: the spelling-insensitive form under which gazetteers and the actor
 * lexicon store and find names. Folds what Arabic news spells inconsistently: diacritics and tatweel go,
 * alef variants become ا, ى becomes ي, ة becomes ه, Persian letters and digits become Arabic/ASCII ones,
 * runs of spaces become one. Idempotent, so it can be applied on top of the text layer's normalized words.
 */
public final class NameKey {
    private NameKey() {
    }

    /** The key of {@code s}. */
    public static String of(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '_') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(fold(c));
        }
        return b.toString();
    }

    /** Whether {@code c} is dropped by the key: Arabic diacritics, tatweel, zero-width and bidi controls. */
    public static boolean isIgnorable(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u00AD';
    }

    /** The folded form of one kept character. */
    public static char fold(char c) {
        switch (c) {
            case '\u0623': case '\u0625': case '\u0622': case '\u0671':
                return '\u0627';
            case '\u0649': case '\u06CC': case '\u06D2':
                return '\u064A';
            case '\u0629':
                return '\u0647';
            case '\u06A9':
                return '\u0643';
            default:
                if (c >= '\u0660' && c <= '\u0669') {
                    return (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    return (char) ('0' + (c - '\u06F0'));
                }
                return Character.toLowerCase(c);
        }
    }
}
