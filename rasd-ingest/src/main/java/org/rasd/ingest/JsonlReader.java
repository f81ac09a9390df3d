package org.rasd.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Consumer;
import org.rasd.model.Document;

/**
 * Streams a JSON Lines input ({@code id, text, date, url, source, title} per line, UTF-8) one line at a time, so
 * memory stays flat however large the input: a line over {@link IngestLimits#maxJsonlLineBytes()} is skipped
 * without being buffered. Each bad line (malformed JSON, no {@code text}, a bad date, bytes that are not UTF-8 as in
 * a file that mixes encodings, a text over a limit) is reported with its line number and reading goes on.
 */
final class JsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER = 1 << 16;

    private final IngestLimits limits;

    JsonlReader(IngestLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads every line of {@code in}; exceptions thrown by {@code sink} propagate, I/O errors end the input with a
     * failure item.
     *
     * @param name   used for default ids ({@code NAME:LINE})
     * @param origin used for origins ({@code ORIGIN:LINE})
     */
    void read(InputStream in, String name, String origin, Consumer<SourceItem> sink) {
        byte[] buf = new byte[BUFFER];
        byte[] line = new byte[1024];
        int len = 0;
        boolean overlong = false;
        long lineNo = 1;
        boolean first = true;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int from = 0;
                if (first) {
                    first = false;
                    if (n >= 2 && ((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF
                            || (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE)) {
                        sink.accept(SourceItem.failed(origin, "JSONL must be UTF-8; this input starts with a UTF-16 "
                                + "byte-order mark"));
                        return;
                    }
                    if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                        from = 3;
                    }
                }
                for (int i = from; i < n; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        emit(line, len, overlong, lineNo, name, origin, sink);
                        len = 0;
                        overlong = false;
                        lineNo++;
                    } else if (!overlong) {
                        if (len == limits.maxJsonlLineBytes()) {
                            overlong = true;
                        } else {
                            if (len == line.length) {
                                line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2,
                                        limits.maxJsonlLineBytes()));
                            }
                            line[len++] = b;
                        }
                    }
                }
            }
            if (len > 0 || overlong) {
                emit(line, len, overlong, lineNo, name, origin, sink);
            }
        } catch (IOException e) {
            sink.accept(SourceItem.failed(origin + ":" + lineNo, "cannot read: " + e.getMessage()));
        }
    }

    private void emit(byte[] line, int len, boolean overlong, long lineNo, String name, String origin,
                      Consumer<SourceItem> sink) {
        String at = origin + ":" + lineNo;
        if (overlong) {
            sink.accept(SourceItem.failed(at, "line " + lineNo + ": longer than " + limits.maxJsonlLineBytes()
                    + " bytes (maxJsonlLineBytes)"));
            return;
        }
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        if (isBlank(line, len)) {
            return;
        }
        sink.accept(parse(Arrays.copyOf(line, len), lineNo, name, at));
    }

    /** One line to a document or a failure; never throws. */
    SourceItem parse(byte[] bytes, long lineNo, String name, String at) {
        CharsetDetection.Attempt utf8 = CharsetDetection.strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text() == null) {
            CharsetDetection.Decoded guess = CharsetDetection.decode(bytes, 0, null, false);
            return SourceItem.failed(at, String.format("line %d: not valid UTF-8 (byte 0x%02X at byte %d)%s",
                    lineNo, bytes[utf8.errorAt()] & 0xFF, utf8.errorAt(),
                    guess.ok() ? "; it looks like " + guess.charset() + ": re-encode the file as UTF-8" : ""));
        }
        JsonNode o;
        try {
            o = JSON.readTree(utf8.text());
        } catch (JsonProcessingException e) {
            return SourceItem.failed(at, "line " + lineNo + ": malformed JSON: " + oneLine(e.getOriginalMessage()));
        }
        if (o == null || !o.isObject()) {
            return SourceItem.failed(at, "line " + lineNo + ": expected a JSON object");
        }
        String given = o.hasNonNull("id") ? o.get("id").asText() : null;
        if (!o.path("text").isTextual()) {
            return SourceItem.failed(at, given, "line " + lineNo + ": missing string field \"text\"");
        }
        String text = o.get("text").asText();
        if (text.isBlank()) {
            return SourceItem.failed(at, given, "line " + lineNo + ": \"text\" is empty");
        }
        LocalDate date = null;
        if (o.hasNonNull("date")) {
            String d = o.get("date").asText();
            try {
                date = LocalDate.parse(d.length() > 10 && (d.charAt(10) == 'T' || d.charAt(10) == ' ')
                        ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                return SourceItem.failed(at, given, "line " + lineNo + ": bad date \"" + abbreviate(d)
                        + "\", expected YYYY-MM-DD");
            }
        }
        String violation = limits.violation(text);
        if (violation != null) {
            return SourceItem.failed(at, given, "line " + lineNo + ": " + violation);
        }
        String id = given != null ? given : name + ":" + lineNo;
        return SourceItem.ok(at, new Document(id, text, date, field(o, "title"), field(o, "url"),
                o.hasNonNull("source") ? o.get("source").asText() : name));
    }

    private static String field(JsonNode o, String key) {
        return o.hasNonNull(key) ? o.get(key).asText() : null;
    }

    private static boolean isBlank(byte[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String oneLine(String s) {
        return s == null ? "" : abbreviate(s.replaceAll("\\s+", " "));
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
