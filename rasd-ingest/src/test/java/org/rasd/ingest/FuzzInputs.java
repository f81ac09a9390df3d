package org.rasd.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of random and mutated inputs for the fuzz tests: Arabic-heavy text with every kind of char the
 * text layer treats specially (diacritics, tatweel, alef variants, Arabic-Indic digits, Arabic punctuation and
 * quotes, zero-width and bidi controls, surrogate pairs, lone surrogates, CR/LF), random HTML and feed markup built
 * from news-page tags, and byte/char mutations (flip, insert, delete, duplicate, splice) of realistic seeds.
 * Runs are reproducible: the seed is printed and can be set with {@code -Drasd.fuzz.seed=N}.
 */
final class FuzzInputs {
    static final long SEED = Long.getLong("rasd.fuzz.seed", 20261129L);
    /** Multiplies every fuzz test's input count ({@code -Drasd.fuzz.scale=10} for a long local run). */
    static final double SCALE = Double.parseDouble(System.getProperty("rasd.fuzz.scale", "1"));

    private static final String ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة";
    private static final String SPECIAL = "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640"
            + "\u0671٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789.,،؛؟!?:;«»\"“”'()[]-—/%"
            + "\u200B\u200C\u200D\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\uFEFF"
            + "\u00A0 \t\n\r\u2028\u2029abcxyzABCéüپچگکی&<>";
    private static final String[] WORDS = {"وزير", "الخارجية", "قال", "إن", "الرئيس", "بغداد", "لبنان", "وسوريا",
        "الأمم", "المتحدة", "كتابه", "هجوم", "اتفاق", "مفاوضات", "الجيش", "3.5", "د.", "أ.", "«", "»", ".", "؟", "\n",
        "السعودية", "إيران", "فلسطين", "والقاهرة", "بالرياض", "للأمم", "وأعلن", "تظاهر", "اعتقل", "قصف", "2026"};
    private static final String[] TAGS = {"p", "div", "span", "a", "b", "article", "main", "nav", "header", "footer",
        "aside", "script", "style", "h1", "h2", "ul", "li", "table", "tr", "td", "time", "meta", "br", "section",
        "figure", "iframe", "form", "noscript", "title", "head", "body", "html", "svg", "template", "pre"};
    private static final String[] ATTRS = {"class=\"ad\"", "class=\"story-body\"", "id=\"content\"",
        "itemprop=\"articleBody\"", "datetime=\"2026-03-01\"", "property=\"article:published_time\" "
        + "content=\"2026-13-45\"", "role=\"navigation\"", "hidden", "href=\"/x\"", "class=\"related share\"",
        "charset=\"windows-1256\"", "type=\"application/ld+json\""};

    private final Random r;
    private final List<String> seeds;

    FuzzInputs(long salt, List<String> seeds) {
        this.r = new Random(SEED ^ salt);
        this.seeds = seeds;
    }

    static int count(int base) {
        return Math.max(1, (int) Math.round(base * SCALE));
    }

    Random random() {
        return r;
    }

    /** Random text: chars drawn from the alphabets above, words, or a mutated seed. */
    String text(int maxLen) {
        return switch (r.nextInt(4)) {
            case 0 -> chars(maxLen);
            case 1 -> words(maxLen);
            case 2 -> mutate(seed(), 1 + r.nextInt(8));
            default -> mutate(words(maxLen), r.nextInt(4));
        };
    }

    String seed() {
        return seeds.get(r.nextInt(seeds.size()));
    }

    String chars(int maxLen) {
        int n = r.nextInt(maxLen + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(randomChar());
        }
        return b.toString();
    }

    private String randomChar() {
        int k = r.nextInt(20);
        if (k < 10) {
            return String.valueOf(ARABIC.charAt(r.nextInt(ARABIC.length())));
        }
        if (k < 17) {
            return String.valueOf(SPECIAL.charAt(r.nextInt(SPECIAL.length())));
        }
        if (k == 17) {
            return new String(Character.toChars(0x1F600 + r.nextInt(80))); // a surrogate pair
        }
        if (k == 18) {
            return String.valueOf((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
        }
        return String.valueOf((char) r.nextInt(0x3000));
    }

    String words(int maxLen) {
        StringBuilder b = new StringBuilder();
        while (b.length() < maxLen && r.nextInt(40) != 0) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            b.append(r.nextInt(6) == 0 ? randomChar() : " ");
        }
        return b.toString();
    }

    /** Applies {@code n} char-level mutations. */
    String mutate(String s, int n) {
        StringBuilder b = new StringBuilder(s);
        for (int k = 0; k < n; k++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> b.insert(at, randomChar());
                case 1 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at < b.length()) {
                        b.setCharAt(at, randomChar().charAt(0));
                    }
                }
                case 3 -> {
                    int end = Math.min(b.length(), at + r.nextInt(40));
                    b.insert(at, b.substring(at, end)); // duplicate a slice
                }
                default -> {
                    String other = seed();
                    int from = r.nextInt(other.length() + 1);
                    b.insert(at, other, from, Math.min(other.length(), from + r.nextInt(60))); // splice
                }
            }
        }
        return b.toString();
    }

    /** Applies {@code n} byte-level mutations. */
    byte[] mutate(byte[] in, int n) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] b = in.clone();
        for (int k = 0; k < n && b.length > 0; k++) {
            int at = r.nextInt(b.length);
            switch (r.nextInt(4)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) r.nextInt(256);
                case 2 -> {
                    out.reset();
                    out.write(b, 0, at);
                    out.write(r.nextInt(256));
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                default -> {
                    out.reset();
                    out.write(b, 0, at);
                    int skip = Math.min(b.length - at, 1 + r.nextInt(8));
                    out.write(b, at + skip, b.length - at - skip);
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }

    byte[] bytes(int maxLen) {
        byte[] b = new byte[r.nextInt(maxLen + 1)];
        r.nextBytes(b);
        return b;
    }

    /** Random, often malformed, HTML made of news-page tags, attributes and Arabic text. */
    String html(int elements) {
        StringBuilder b = new StringBuilder();
        if (r.nextBoolean()) {
            b.append("<!DOCTYPE html>");
        }
        int open = 0;
        for (int i = 0; i < elements; i++) {
            int k = r.nextInt(10);
            String tag = TAGS[r.nextInt(TAGS.length)];
            if (k < 4) {
                b.append('<').append(tag);
                if (r.nextBoolean()) {
                    b.append(' ').append(ATTRS[r.nextInt(ATTRS.length)]);
                }
                b.append('>');
                open++;
            } else if (k < 6 && open > 0) {
                b.append("</").append(tag).append('>');
                open--;
            } else if (k < 9) {
                b.append(text(120).replace("<", " "));
            } else {
                b.append(new String[] {"&amp;", "&nbsp;", "&#x627;", "&bogus;", "<!--", "-->", "<![CDATA[", "<",
                    "\">", "{\"datePublished\": \"2026-02-03\"}"}[r.nextInt(10)]);
            }
        }
        return r.nextInt(3) == 0 ? mutate(b.toString(), 3) : b.toString();
    }

    /** A random RSS or Atom feed, mutated a third of the time. */
    String feed() {
        boolean atom = r.nextBoolean();
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        if (r.nextInt(8) == 0) {
            b.append("<!DOCTYPE rss [<!ENTITY e \"").append(words(20)).append("\">]>");
        }
        b.append(atom ? "<feed xmlns=\"http://www.w3.org/2005/Atom\">" : "<rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        int items = r.nextInt(5);
        for (int i = 0; i < items; i++) {
            String body = r.nextBoolean() ? "<![CDATA[" + html(8) .replace("]]>", "") + "]]>" : escape(text(200));
            String date = new String[] {"Tue, 17 Mar 2026 22:15:00 GMT", "2026-03-17T10:00:00Z", "17 آذار 2026",
                "٢٠ يناير ٢٠٢٦", "garbage", "", "32 May 2026"}[r.nextInt(7)];
            if (atom) {
                b.append("<entry><title>").append(escape(words(40))).append("</title><link href=\"https://e.org/")
                        .append(i).append("\"/><published>").append(date).append("</published><content type=\"html\">")
                        .append(body).append("</content></entry>");
            } else {
                b.append("<item><title>").append(escape(words(40))).append("</title><pubDate>").append(date)
                        .append("</pubDate><description>").append(body).append("</description>")
                        .append(r.nextInt(8) == 0 ? "&e;" : "").append("</item>");
            }
        }
        b.append(atom ? "</feed>" : "</channel></rss>");
        return r.nextInt(3) == 0 ? mutate(b.toString(), 1 + r.nextInt(4)) : b.toString();
    }

    /** A JSONL line: valid, valid with odd fields, or mutated. */
    byte[] jsonlLine() {
        String text = text(300);
        String json = switch (r.nextInt(5)) {
            case 0 -> "{\"id\": \"x" + r.nextInt(1000) + "\", \"text\": " + quote(text) + "}";
            case 1 -> "{\"text\": " + quote(text) + ", \"date\": \"" + new String[] {"2026-01-02", "2026-02-30",
                "2026-01-02T03:04:05Z", "yesterday", ""}[r.nextInt(5)] + "\", \"title\": " + quote(words(30)) + "}";
            case 2 -> "{\"id\": " + r.nextInt() + ", \"text\": " + (r.nextBoolean() ? "null" : "[1]") + "}";
            case 3 -> mutate("{\"id\": \"m\", \"text\": " + quote(text) + "}", 1 + r.nextInt(4));
            default -> chars(100);
        };
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        return r.nextInt(6) == 0 ? mutate(b, 1 + r.nextInt(3)) : b;
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** For failure messages: the input with controls made visible, cut to a readable length. */
    static String show(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 400; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || (c >= 0x200B && c <= 0x206F) || Character.isSurrogate(c)
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }
}
