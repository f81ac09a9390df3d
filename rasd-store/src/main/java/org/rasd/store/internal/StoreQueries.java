package org.rasd.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.EventFilter;
import org.rasd.store.Failure;
import org.rasd.store.Page;
import org.rasd.store.Paging;

/** The read side of the SQLite store: events, counts, actors, places, documents and failures. */
public final class StoreQueries {
    private static final ObjectMapper JSON = ContractJson.mapper();
    private final SqliteConnections db;

    public StoreQueries(SqliteConnections db) {
        this.db = db;
    }

    /**
     * Events as in {@code rasd analyze}, plus document_id, from the newest documents first (ordering by the
     * event's own date would put any misread far-off year on top), in text order within a document.
     */
    public Page<ObjectNode> events(EventFilter f, List<String> documentIds, Paging paging) throws SQLException {
        EventSql w = EventSql.of(f, documentIds);
        try (SqliteConnections.Lease l = db.reader()) {
            long total;
            try (PreparedStatement s = l.connection().prepareStatement(
                    "SELECT count(*) FROM events e JOIN documents d ON d.doc_key = e.doc_key" + w.where)) {
                w.bind(s);
                try (ResultSet r = s.executeQuery()) {
                    total = r.next() ? r.getLong(1) : 0;
                }
            }
            List<ObjectNode> items = new ArrayList<>();
            try (PreparedStatement s = l.connection().prepareStatement("SELECT e.json, e.ordinal, d.id, d.title, "
                    + "d.url, d.date, e.date FROM events e JOIN documents d ON d.doc_key = e.doc_key" + w.where
                    + " ORDER BY d.date DESC, d.doc_key DESC, e.ordinal LIMIT ? OFFSET ?")) {
                int i = w.bind(s);
                s.setInt(i, paging.limit());
                s.setInt(i + 1, paging.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ObjectNode o = (ObjectNode) parse(r.getString(1));
                        o.put("event_id", r.getString(3) + "#" + r.getInt(2));
                        o.put("document_id", r.getString(3));
                        o.put("document_title", r.getString(4));
                        o.put("url", r.getString(5));
                        o.put("document_date", r.getString(6));
                        if (o.path("date").isNull() && r.getString(7) != null) {
                            o.put("date", r.getString(7));
                        }
                        items.add(o);
                    }
                }
            }
            return new Page<>(total, items);
        }
    }

    /** Events per day per type: [{"date", "event_type", "quad_class", "count"}], by date. */
    public ArrayNode daily(EventFilter f) throws SQLException {
        EventSql w = EventSql.of(f, null);
        ArrayNode out = JSON.createArrayNode();
        try (SqliteConnections.Lease l = db.reader();
             PreparedStatement s = l.connection().prepareStatement("SELECT e.date, e.event_type, e.quad_class, "
                     + "count(*) FROM events e JOIN documents d ON d.doc_key = e.doc_key" + w.where
                     + " AND e.date IS NOT NULL GROUP BY e.date, e.event_type ORDER BY e.date, e.event_type")) {
            w.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.addObject().put("date", r.getString(1)).put("event_type", r.getString(2))
                            .put("quad_class", r.getInt(3)).put("count", r.getLong(4));
                }
            }
        }
        return out;
    }

    /** The actors in most events (as actor or recipient): [{"name", "country", "sector", "events", ...}]. */
    public ArrayNode topActors(EventFilter f, int limit) throws SQLException {
        EventSql w = EventSql.of(f, null);
        ArrayNode out = JSON.createArrayNode();
        try (SqliteConnections.Lease l = db.reader();
             PreparedStatement s = l.connection().prepareStatement("SELECT a.name, a.country, a.sector, "
                     + "count(DISTINCT e.event_key), sum(x.role = 'actor'), sum(x.role = 'recipient') "
                     + "FROM event_actors x JOIN actors a ON a.actor_key = x.actor_key "
                     + "JOIN events e ON e.event_key = x.event_key JOIN documents d ON d.doc_key = e.doc_key"
                     + w.where + " GROUP BY a.actor_key ORDER BY 4 DESC, a.name LIMIT ?")) {
            s.setInt(w.bind(s), limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ObjectNode o = out.addObject().put("name", r.getString(1));
                    putCode(o, "country", r.getString(2));
                    ArrayNode sector = o.putArray("sector");
                    for (String code : r.getString(3).split(" ")) {
                        if (!code.isEmpty()) {
                            sector.add(code);
                        }
                    }
                    o.put("events", r.getLong(4)).put("as_actor", r.getLong(5)).put("as_recipient", r.getLong(6));
                }
            }
        }
        return out;
    }

    /** Event locations with coordinates: [{"name", "country", "lat", "lon", "events"}]. */
    public ArrayNode places(EventFilter f, int limit) throws SQLException {
        EventSql w = EventSql.of(f, null);
        ArrayNode out = JSON.createArrayNode();
        try (SqliteConnections.Lease l = db.reader();
             PreparedStatement s = l.connection().prepareStatement("SELECT pl.name, pl.country, pl.lat, pl.lon, "
                     + "count(DISTINCT e.event_key) FROM event_places pl JOIN events e ON e.event_key = pl.event_key "
                     + "JOIN documents d ON d.doc_key = e.doc_key" + w.where + " AND pl.lat IS NOT NULL "
                     + "GROUP BY pl.name, pl.country, pl.lat, pl.lon ORDER BY 5 DESC LIMIT ?")) {
            s.setInt(w.bind(s), limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ObjectNode o = out.addObject().put("name", r.getString(1));
                    putCode(o, "country", r.getString(2));
                    o.put("lat", r.getDouble(3)).put("lon", r.getDouble(4)).put("events", r.getLong(5));
                }
            }
        }
        return out;
    }

    /** {"documents", "events", "entities", "actors", "failures", "sentences"}. */
    public ObjectNode stats() throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        try (SqliteConnections.Lease l = db.reader(); Statement s = l.connection().createStatement()) {
            for (String table : new String[] {"documents", "events", "entities", "actors", "failures", "sentences"}) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                    o.put(table, r.next() ? r.getLong(1) : 0);
                }
            }
            try (ResultSet r = s.executeQuery("SELECT min(date), max(date) FROM documents")) {
                if (r.next()) {
                    o.put("first_date", r.getString(1));
                    o.put("last_date", r.getString(2));
                }
            }
        }
        return o;
    }

    /** The analyze object of a document plus text, title, url and source. */
    public Optional<ObjectNode> document(String id) throws SQLException {
        try (SqliteConnections.Lease l = db.reader();
             PreparedStatement s = l.connection().prepareStatement(
                     "SELECT analysis, text, title, url, source, origin, ingested_at FROM documents WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                ObjectNode o = (ObjectNode) parse(r.getString(1));
                o.put("text", r.getString(2));
                o.put("title", r.getString(3));
                o.put("url", r.getString(4));
                o.put("source", r.getString(5));
                o.put("origin", r.getString(6));
                o.put("ingested_at", r.getString(7));
                return Optional.of(o);
            }
        }
    }

    public Page<Failure> failures(Paging paging) throws SQLException {
        try (SqliteConnections.Lease l = db.reader(); Statement c = l.connection().createStatement()) {
            long total;
            try (ResultSet r = c.executeQuery("SELECT count(*) FROM failures")) {
                total = r.next() ? r.getLong(1) : 0;
            }
            List<Failure> items = new ArrayList<>();
            try (PreparedStatement s = l.connection().prepareStatement("SELECT origin, doc_id, reason, first_seen, "
                    + "last_seen FROM failures ORDER BY last_seen DESC, failure_key LIMIT ? OFFSET ?")) {
                s.setInt(1, paging.limit());
                s.setInt(2, paging.offset());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new Failure(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)));
                    }
                }
            }
            return new Page<>(total, items);
        }
    }

    /** Every event matching, with its document text, in document order: for exports. */
    public void forEachEvent(EventFilter f, Consumer<ExportedEvent> sink) throws SQLException {
        EventSql w = EventSql.of(f, null);
        try (SqliteConnections.Lease l = db.reader();
             PreparedStatement s = l.connection().prepareStatement("SELECT e.json, e.ordinal, e.date, d.id, d.url, "
                     + "d.title, d.source, d.doc_key, sn.start, sn.\"end\" FROM events e "
                     + "JOIN documents d ON d.doc_key = e.doc_key "
                     + "LEFT JOIN sentences sn ON sn.doc_key = e.doc_key AND sn.idx = e.sentence" + w.where
                     + " ORDER BY d.doc_key, e.ordinal")) {
            w.bind(s);
            long textKey = -1;
            String text = null;
            try (ResultSet r = s.executeQuery();
                 PreparedStatement t = l.connection().prepareStatement("SELECT text FROM documents WHERE doc_key = ?")) {
                while (r.next()) {
                    long docKey = r.getLong(8);
                    if (docKey != textKey) {
                        t.setLong(1, docKey);
                        try (ResultSet tr = t.executeQuery()) {
                            tr.next();
                            text = tr.getString(1);
                        }
                        textKey = docKey;
                    }
                    int start = r.getInt(9);
                    int end = r.getInt(10);
                    String sentence = r.wasNull() || end > text.length() ? null : text.substring(start, end);
                    sink.accept(new ExportedEvent(r.getString(4) + "#" + r.getInt(2), r.getString(4),
                            r.getString(5), r.getString(6), r.getString(7), r.getString(3),
                            (ObjectNode) parse(r.getString(1)), sentence));
                }
            }
        }
    }

    /** One event of an export, with the provenance columns. */
    public record ExportedEvent(String eventId, String documentId, String url, String title, String source,
                                String date, ObjectNode event, String sentenceText) {
    }

    public long generation() throws SQLException {
        try (SqliteConnections.Lease l = db.reader(); Statement s = l.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT value FROM store_meta WHERE key = 'generation'")) {
            return r.next() ? Long.parseLong(r.getString(1)) : 0;
        }
    }

    /** Every stored document: id to content hash. */
    public Map<String, String> idsAndHashes(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, content_hash FROM documents")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    public Set<String> contentHashes(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT content_hash FROM documents")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The index rows of the given documents, read from SQLite (to rebuild the index from the source of truth). */
    public List<IndexDocument.Row> indexRows(Connection c, List<String> ids) throws SQLException {
        List<IndexDocument.Row> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, content_hash, title, text, date, analysis FROM documents WHERE id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        rows.add(new IndexDocument.Row(r.getString(1), r.getString(2), r.getString(3),
                                r.getString(4), r.getString(5), parse(r.getString(6))));
                    }
                }
            }
        }
        return rows;
    }

    private static void putCode(ObjectNode o, String field, String code) {
        if (code == null || code.isEmpty()) {
            o.putNull(field);
        } else {
            o.put(field, code);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON in the store", e);
        }
    }
}
