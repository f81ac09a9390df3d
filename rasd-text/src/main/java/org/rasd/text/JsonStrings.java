package org.rasd.text;

/**
 * Pulls one string field out of a flat JSON object line, for the lexicon generator's reading of the
 * news JSONL without a JSON library in this module. Handles the standard escapes.
 */
final class JsonStrings {
    private JsonStrings() {
    }

    /** The value of string field {@code name}, or null when absent or not a string. */
    static String field(String line, String name) {
        String key = "\"" + name + "\"";
        int k = line.indexOf(key);
        while (k >= 0) {
            int i = k + key.length();
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < line.length() && line.charAt(i) == ':') {
                i++;
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                return i < line.length() && line.charAt(i) == '"' ? readString(line, i + 1) : null;
            }
            k = line.indexOf(key, k + 1);
        }
        return null;
    }

    private static String readString(String s, int i) {
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\' || i >= s.length()) {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (i + 4 <= s.length()) {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
