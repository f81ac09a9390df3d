package org.rasd.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.internal.StoreQueries.ExportedEvent;

/**
 * Writes events as flat PLOVER-style records, one per event, with provenance columns (document id, url,
 * sentence index and text, trigger offsets), as JSON Lines or CSV (RFC 4180). Multi-valued fields (compound
 * actors, contexts) are joined with "; " so both formats carry the same columns.
 */
public final class EventExport {
    /** Output formats. */
    public enum Format {
        JSONL, CSV;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadQueryException("unknown export format \"" + s + "\" (jsonl or csv)");
            }
        }
    }

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("event_id", "event_date", "event_type", "quad_class", "mode",
            "context", "aux", "source_actor", "source_country", "source_sector", "source_text", "target_actor",
            "target_country", "target_sector", "target_text", "location", "location_country", "latitude",
            "longitude", "cameo", "confidence", "rule", "document_id", "document_title", "document_source", "url",
            "sentence_index", "trigger_text", "trigger_start", "trigger_end", "sentence_text");

    private final Format format;
    private final Writer out;
    private long count;

    EventExport(Format format, Writer out) {
        this.format = format;
        this.out = out;
        if (format == Format.CSV) {
            line(String.join(",", COLUMNS));
        }
    }

    void write(ExportedEvent x) {
        Map<String, Object> r = record(x);
        if (format == Format.JSONL) {
            ObjectNode o = ContractJson.mapper().createObjectNode();
            r.forEach((k, v) -> {
                if (v == null) {
                    o.putNull(k);
                } else if (v instanceof Number n) {
                    o.put(k, n.doubleValue() == Math.rint(n.doubleValue()) && !(v instanceof Double)
                            ? (JsonNode) o.numberNode(n.longValue()) : o.numberNode(n.doubleValue()));
                } else {
                    o.put(k, v.toString());
                }
            });
            line(o.toString());
        } else {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                cells.add(csv(r.get(c)));
            }
            line(String.join(",", cells));
        }
        count++;
    }

    long finish() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    static Map<String, Object> record(ExportedEvent x) {
        JsonNode e = x.event();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("event_id", x.eventId());
        r.put("event_date", e.hasNonNull("date") ? e.get("date").asText() : x.date());
        r.put("event_type", e.path("event_type").asText());
        r.put("quad_class", e.path("quad_class").asInt());
        r.put("mode", text(e, "mode"));
        r.put("context", joined(e.path("context"), null));
        r.put("aux", joined(e.path("aux"), null));
        r.put("source_actor", joined(e.path("actor"), "name"));
        r.put("source_country", joined(e.path("actor"), "country"));
        r.put("source_sector", sectors(e.path("actor")));
        r.put("source_text", joined(e.path("actor"), "text"));
        r.put("target_actor", joined(e.path("recipient"), "name"));
        r.put("target_country", joined(e.path("recipient"), "country"));
        r.put("target_sector", sectors(e.path("recipient")));
        r.put("target_text", joined(e.path("recipient"), "text"));
        r.put("location", joined(e.path("location"), "name"));
        r.put("location_country", joined(e.path("location"), "country"));
        JsonNode firstPlace = e.path("location").path(0);
        r.put("latitude", firstPlace.hasNonNull("lat") ? firstPlace.get("lat").asDouble() : null);
        r.put("longitude", firstPlace.hasNonNull("lon") ? firstPlace.get("lon").asDouble() : null);
        r.put("cameo", text(e, "cameo"));
        r.put("confidence", e.path("confidence").asDouble());
        r.put("rule", text(e, "rule"));
        r.put("document_id", x.documentId());
        r.put("document_title", x.title());
        r.put("document_source", x.source());
        r.put("url", x.url());
        r.put("sentence_index", e.path("sentence").asInt());
        r.put("trigger_text", e.path("trigger").path("text").asText());
        r.put("trigger_start", e.path("trigger").path("start").asInt());
        r.put("trigger_end", e.path("trigger").path("end").asInt());
        r.put("sentence_text", x.sentenceText());
        return r;
    }

    private static String text(JsonNode e, String field) {
        return e.hasNonNull(field) ? e.get(field).asText() : null;
    }

    private static String joined(JsonNode array, String field) {
        List<String> parts = new ArrayList<>();
        for (JsonNode n : array) {
            JsonNode v = field == null ? n : n.get(field);
            if (v != null && !v.isNull()) {
                parts.add(v.asText());
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String sectors(JsonNode actors) {
        List<String> parts = new ArrayList<>();
        for (JsonNode a : actors) {
            List<String> codes = new ArrayList<>();
            a.path("sector").forEach(s -> codes.add(s.asText()));
            parts.add(String.join(" ", codes));
        }
        return parts.stream().allMatch(String::isEmpty) ? null : String.join("; ", parts);
    }

    private static String csv(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private void line(String s) {
        try {
            out.write(s);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
