package org.rasd.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset an input declares about itself: an XML prolog ({@code <?xml ... encoding="..."?>}), an HTML
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type" content="...; charset=...">}, or a
 * {@code Content-Type:} line of an HTTP-like header block at the top of a saved response. A declaration is only a
 * hint: {@link CharsetDetection} uses it when the bytes decode cleanly and plausibly in it.
 */
final class DeclaredCharset {
    /** Declarations must be near the top; looking further would let body text pose as a declaration. */
    static final int SNIFF_BYTES = 4096;

    private static final String NAME = "([A-Za-z0-9._:-]{2,40})";
    private static final Pattern XML = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']" + NAME);
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?" + NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile(
            "^content-type\\s*:[^\\r\\n]*?charset\\s*=\\s*[\"']?" + NAME,
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern HEADER_BLOCK = Pattern.compile(
            "^(?:HTTP/[0-9.]+ [0-9]{3}[^\\r\\n]*\\r?\\n)?(?:[A-Za-z][A-Za-z0-9-]*:[^\\r\\n]*\\r?\\n)+\\r?\\n");

    private DeclaredCharset() {
    }

    /** The declared charset name as written, or {@code null}; {@code from} is where a header block ends. */
    static String find(byte[] bytes, int from) {
        String head = new String(bytes, 0, Math.min(bytes.length, from + SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        for (Pattern p : new Pattern[] {XML, META, HEADER}) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Where the body starts when the input begins with an HTTP-like header block (optional status line, then
     * {@code Name: value} lines, then an empty line) that includes a {@code Content-Type}; otherwise 0.
     */
    static int bodyStart(byte[] bytes) {
        String head = head(bytes, 0);
        Matcher m = HEADER_BLOCK.matcher(head);
        if (m.find() && Pattern.compile("^content-type\\s*:", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE)
                .matcher(m.group()).find()) {
            return m.end(); // ISO-8859-1 maps bytes 1:1 to chars, so the char offset is the byte offset
        }
        return 0;
    }

    /** The declared content type of a header block ({@code text/html}, ...), lower case, or {@code null}. */
    static String headerContentType(byte[] bytes, int bodyStart) {
        if (bodyStart == 0) {
            return null;
        }
        Matcher m = Pattern.compile("^content-type\\s*:\\s*([^;\\r\\n]+)", Pattern.CASE_INSENSITIVE
                | Pattern.MULTILINE).matcher(head(bytes, 0).substring(0, bodyStart));
        return m.find() ? m.group(1).trim().toLowerCase(Locale.ROOT) : null;
    }

    /** The charset for a declared name, or {@code null} when Java does not know it. */
    static Charset resolve(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("arabic") || n.equals("iso-8859-6-i") || n.equals("iso-8859-6-e")) {
            n = "ISO-8859-6";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String head(byte[] bytes, int from) {
        int n = Math.max(0, Math.min(bytes.length - from, SNIFF_BYTES));
        return new String(bytes, from, n, StandardCharsets.ISO_8859_1);
    }
}
