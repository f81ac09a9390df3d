package org.rasd.store.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.model.Actor;
import org.rasd.model.ActorMention;
import org.rasd.model.AnalyzedDocument;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.PlaceMention;
import org.rasd.model.Sentence;
import org.rasd.pipeline.ContractJson;

/**
 * Writes analyzed documents and failures into SQLite, a whole batch in one transaction, so a crash leaves
 * either all of a batch or none of it. The unique id and content hash make a document impossible to store twice.
 * Not thread-safe: one writer thread owns it.
 */
public final class DocumentWriter {
    /** What happened to one document of a batch. */
    public enum Outcome { INGESTED, UPDATED, UNCHANGED }

    /** A document ready to be written. */
    public record Pending(AnalyzedDocument analyzed, String hash, String origin) {
    }

    /** A failure to record. */
    public record FailureRow(String origin, String docId, String reason) {
    }

    /** The result of one batch: an outcome per document, the rows to index, and the new store generation. */
    public record Written(List<Outcome> outcomes, List<IndexDocument.Row> rows, long generation) {
    }

    private final Connection c;
    private final Map<String, Long> actorKeys = new HashMap<>();
    /** Prepared once per SQL text and reused: preparing is a large part of a small insert's cost. */
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public DocumentWriter(Connection c) {
        this.c = c;
    }

    public Written write(List<Pending> docs, List<FailureRow> failures) throws SQLException {
        List<Outcome> outcomes = new ArrayList<>();
        List<IndexDocument.Row> rows = new ArrayList<>();
        String now = Instant.now().toString();
        c.setAutoCommit(false);
        try {
            for (Pending p : docs) {
                Document d = p.analyzed().document();
                if (exists("SELECT 1 FROM documents WHERE content_hash = ?", p.hash())) {
                    outcomes.add(Outcome.UNCHANGED);
                    continue;
                }
                boolean replaced = delete(d.id());
                ObjectNode json = ContractJson.toJson(p.analyzed());
                long docKey = insertDocument(p, json, now);
                insertSentences(docKey, p.analyzed().sentences());
                insertEntities(docKey, p.analyzed().entities());
                insertEvents(docKey, d, p.analyzed().events());
                outcomes.add(replaced ? Outcome.UPDATED : Outcome.INGESTED);
                rows.add(new IndexDocument.Row(d.id(), p.hash(), d.title(), d.text(),
                        d.date() == null ? null : d.date().toString(), json));
            }
            for (FailureRow f : failures) {
                PreparedStatement s = prepared("INSERT INTO failures (origin, doc_id, reason, "
                        + "first_seen, last_seen) VALUES (?, ?, ?, ?, ?) ON CONFLICT (origin, reason) "
                        + "DO UPDATE SET last_seen = excluded.last_seen, doc_id = excluded.doc_id");
                s.setString(1, f.origin());
                s.setString(2, f.docId());
                s.setString(3, f.reason());
                s.setString(4, now);
                s.setString(5, now);
                s.executeUpdate();
            }
            long generation;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE store_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'");
                try (ResultSet r = s.executeQuery("SELECT value FROM store_meta WHERE key = 'generation'")) {
                    r.next();
                    generation = Long.parseLong(r.getString(1));
                }
            }
            c.commit();
            return new Written(outcomes, rows, generation);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            actorKeys.clear();  // keys inserted by the rolled-back transaction are gone
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private boolean exists(String sql, String value) throws SQLException {
        PreparedStatement s = prepared(sql);
        s.setString(1, value);
        try (ResultSet r = s.executeQuery()) {
            return r.next();
        }
    }

    private boolean delete(String id) throws SQLException {
        PreparedStatement s = prepared("DELETE FROM documents WHERE id = ?");
        s.setString(1, id);
        return s.executeUpdate() > 0;
    }

    private long insertDocument(Pending p, ObjectNode json, String now) throws SQLException {
        Document d = p.analyzed().document();
        {
            PreparedStatement s = prepared("INSERT INTO documents (id, content_hash, title, url, source, "
                + "date, text, analysis, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
            s.setString(1, d.id());
            s.setString(2, p.hash());
            s.setString(3, d.title());
            s.setString(4, d.url());
            s.setString(5, d.source());
            s.setString(6, d.date() == null ? null : d.date().toString());
            s.setString(7, d.text());
            s.setString(8, json.toString());
            s.setString(9, p.origin());
            s.setString(10, now);
            s.executeUpdate();
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    private void insertSentences(long docKey, List<Sentence> sentences) throws SQLException {
        {
            PreparedStatement s = prepared(
                "INSERT INTO sentences (doc_key, idx, start, \"end\") VALUES (?, ?, ?, ?)");
            for (Sentence x : sentences) {
                s.setLong(1, docKey);
                s.setInt(2, x.index());
                s.setInt(3, x.span().start());
                s.setInt(4, x.span().end());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertEntities(long docKey, List<EntityMention> entities) throws SQLException {
        {
            PreparedStatement s = prepared("INSERT INTO entities (doc_key, sentence, start, \"end\", "
                + "text, type, actor_key, place_name, place_country, lat, lon, confidence) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (EntityMention e : entities) {
                s.setLong(1, docKey);
                s.setInt(2, e.sentence());
                s.setInt(3, e.span().start());
                s.setInt(4, e.span().end());
                s.setString(5, e.text());
                s.setString(6, e.type().name());
                if (e.actor() == null) {
                    s.setNull(7, Types.INTEGER);
                } else {
                    s.setLong(7, actorKey(e.actor()));
                }
                s.setString(8, e.place() == null ? null : e.place().name());
                s.setString(9, e.place() == null ? null : e.place().country());
                setCoordinate(s, 10, e.place() == null ? Double.NaN : e.place().lat());
                setCoordinate(s, 11, e.place() == null ? Double.NaN : e.place().lon());
                s.setDouble(12, e.confidence());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void insertEvents(long docKey, Document d, List<Event> events) throws SQLException {
        int ordinal = 0;
        for (Event e : events) {
            long eventKey;
            {
            PreparedStatement s = prepared("INSERT INTO events (doc_key, ordinal, sentence, event_type, "
                    + "quad_class, mode, date, cameo, trigger_start, trigger_end, trigger_text, confidence, rule, json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                s.setLong(1, docKey);
                s.setInt(2, ordinal++);
                s.setInt(3, e.provenance().sentence());
                s.setString(4, e.type().name());
                s.setInt(5, e.type().quad().code());
                s.setString(6, e.mode());
                s.setString(7, e.date() != null ? e.date().toString() : d.date() != null ? d.date().toString() : null);
                s.setString(8, e.cameo());
                s.setInt(9, e.provenance().trigger().start());
                s.setInt(10, e.provenance().trigger().end());
                s.setString(11, e.provenance().triggerText());
                s.setDouble(12, e.provenance().confidence());
                s.setString(13, e.provenance().rule());
                s.setString(14, ContractJson.event(e).toString());
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    eventKey = k.getLong(1);
                }
            }
            {
            PreparedStatement s = prepared("INSERT INTO event_actors (event_key, role, actor_key, "
                    + "start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?)");
                addParticipants(s, eventKey, "actor", e.actor());
                addParticipants(s, eventKey, "recipient", e.recipient());
                s.executeBatch();
            }
            {
            PreparedStatement s = prepared("INSERT INTO event_places (event_key, name, country, lat, "
                    + "lon, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                for (PlaceMention p : e.location()) {
                    s.setLong(1, eventKey);
                    s.setString(2, p.place().name());
                    s.setString(3, p.place().country());
                    setCoordinate(s, 4, p.place().lat());
                    setCoordinate(s, 5, p.place().lon());
                    s.setInt(6, p.span().start());
                    s.setInt(7, p.span().end());
                    s.setString(8, p.text());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }

    private void addParticipants(PreparedStatement s, long eventKey, String role, List<ActorMention> mentions)
            throws SQLException {
        for (ActorMention m : mentions) {
            s.setLong(1, eventKey);
            s.setString(2, role);
            s.setLong(3, actorKey(m.actor()));
            s.setInt(4, m.span().start());
            s.setInt(5, m.span().end());
            s.setString(6, m.text());
            s.addBatch();
        }
    }

    private long actorKey(Actor a) throws SQLException {
        String country = a.country() == null ? "" : a.country();
        String sector = String.join(" ", a.sector());
        String cacheKey = a.name() + '\u0000' + country + '\u0000' + sector;
        Long known = actorKeys.get(cacheKey);
        if (known != null) {
            return known;
        }
        {
            PreparedStatement s = prepared("INSERT INTO actors (name, country, sector, wikidata) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (name, country, sector) DO UPDATE SET "
                + "wikidata = coalesce(actors.wikidata, excluded.wikidata) RETURNING actor_key");
            s.setString(1, a.name());
            s.setString(2, country);
            s.setString(3, sector);
            s.setString(4, a.wikidata());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long key = r.getLong(1);
                actorKeys.put(cacheKey, key);
                return key;
            }
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        return prepared(sql, Statement.NO_GENERATED_KEYS);
    }

    private PreparedStatement prepared(String sql, int keys) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = c.prepareStatement(sql, keys);
            statements.put(sql, s);
        }
        return s;
    }

    private static void setCoordinate(PreparedStatement s, int i, double v) throws SQLException {
        if (Double.isNaN(v)) {
            s.setNull(i, Types.REAL);
        } else {
            s.setDouble(i, v);
        }
    }
}
