package org.rasd.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.store.LockObtainFailedException;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.store.internal.DocumentWriter;
import org.rasd.store.internal.IndexDocument;
import org.rasd.store.internal.LuceneIndex;
import org.rasd.store.internal.SchemaMigrations;
import org.rasd.store.internal.SqliteConnections;
import org.rasd.store.internal.StoreQueries;

/**
 * The embedded store under a data directory: SQLite ({@code rasd.db}, the source of truth) and a Lucene
 * index ({@code index/}) derived from it. Opening migrates the schema and reconciles the index with SQLite,
 * so a process killed mid-ingest loses no committed document and indexes none twice. One process at a time
 * may open a data directory. Thread-safe: queries run concurrently, writes are serialized.
 */
public final class RasdStore implements AutoCloseable {
    private static final long INDEX_COMMIT_INTERVAL_NANOS = 5_000_000_000L;

    private final Path dataDir;
    private final SqliteConnections db;
    private final LuceneIndex index;
    private final StoreQueries queries;
    private final DocumentWriter writer;
    private final Reconciliation reconciliation;
    private long lastIndexCommit = System.nanoTime();
    private long writtenGeneration;

    /** What opening did to bring the index in line with SQLite. */
    public record Reconciliation(boolean needed, int indexed, int removed) {
    }

    private RasdStore(Path dataDir) throws SQLException, IOException {
        this.dataDir = dataDir;
        Files.createDirectories(dataDir);
        try {
            index = new LuceneIndex(dataDir.resolve("index"));
        } catch (LockObtainFailedException e) {
            throw new StoreException("the data directory " + dataDir + " is in use by another rasd process");
        }
        db = new SqliteConnections(dataDir.resolve("rasd.db"), 6);
        SchemaMigrations.migrate(db.writer(), SchemaMigrations.latest());
        queries = new StoreQueries(db);
        writer = new DocumentWriter(db.writer());
        reconciliation = reconcile();
    }

    /** Opens (creating if needed) the store under {@code dataDir}. */
    public static RasdStore open(Path dataDir) {
        try {
            return new RasdStore(dataDir);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dataDir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("cannot open the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** Starts an ingest run that analyzes on {@code threads} threads and writes in batched transactions. */
    public Ingestion ingestion(RasdPipeline pipeline, int threads, Ingestion.Listener listener) {
        return new Ingestion(this, () -> pipeline, threads, listener);
    }

    /**
     * As {@link #ingestion(RasdPipeline, int, Ingestion.Listener)}, asking {@code pipeline} (thread-safe, called
     * from the analysis threads) only when a document needs analysis.
     */
    public Ingestion ingestion(Supplier<RasdPipeline> pipeline, int threads, Ingestion.Listener listener) {
        return new Ingestion(this, pipeline, threads, listener);
    }

    /** Full-text search over title and text with the event filters; newest first when {@code q} is empty. */
    public Page<SearchHit> search(String q, EventFilter filter, Paging paging) {
        try {
            return index.search(q, filter, paging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Events matching the filter (and, when {@code q} is given, in the first 1,000 documents matching it). */
    public Page<ObjectNode> events(String q, EventFilter filter, Paging paging) {
        try {
            List<String> ids = q == null || q.isBlank() ? null : index.matchingIds(q, 1000);
            return queries.events(filter, ids, paging);
        } catch (SQLException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Event counts per day per type. */
    public ArrayNode daily(EventFilter filter) {
        try {
            return queries.daily(filter);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public ArrayNode topActors(EventFilter filter, int limit) {
        try {
            return queries.topActors(filter, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public ArrayNode places(EventFilter filter, int limit) {
        try {
            return queries.places(filter, limit);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public ObjectNode stats() {
        try {
            return queries.stats();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public Optional<ObjectNode> document(String id) {
        try {
            return queries.document(id);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    public Page<Failure> failures(Paging paging) {
        try {
            return queries.failures(paging);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Writes every event matching the filter, one PLOVER-style record per event with its provenance. */
    public long export(EventFilter filter, EventExport.Format format, Writer out) {
        EventExport export = new EventExport(format, out);
        try {
            queries.forEachEvent(filter, export::write);
            return export.finish();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Number of documents in the full-text index (equal to the stored documents once reconciled). */
    public int indexedDocuments() {
        try {
            return index.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> contentHashes() {
        try {
            return queries.contentHashes(db.writer());
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Writes a batch: SQLite first (one transaction), then the index, committed every few seconds. */
    synchronized DocumentWriter.Written write(List<DocumentWriter.Pending> docs, List<DocumentWriter.FailureRow> failures)
            throws SQLException, IOException {
        DocumentWriter.Written w = writer.write(docs, failures);
        writtenGeneration = w.generation();
        index.put(w.rows());
        if (System.nanoTime() - lastIndexCommit > INDEX_COMMIT_INTERVAL_NANOS) {
            commitIndex();
        }
        return w;
    }

    synchronized void commitIndex() throws IOException {
        if (writtenGeneration > 0) {
            index.commit(writtenGeneration);
        }
        lastIndexCommit = System.nanoTime();
    }

    /** Brings the index in line with SQLite when the last index commit is not of the current generation. */
    private Reconciliation reconcile() throws SQLException, IOException {
        long generation = queries.generation();
        boolean analyzerCurrent = index.analyzerIsCurrent();
        if (analyzerCurrent && index.committedGeneration() == generation) {
            return new Reconciliation(false, 0, 0);
        }
        if (!analyzerCurrent) {
            index.deleteAll();
        }
        Map<String, String> stored = queries.idsAndHashes(db.writer());
        Map<String, String> indexed = index.idsAndHashes();
        List<String> remove = new ArrayList<>();
        for (String id : indexed.keySet()) {
            if (!stored.containsKey(id)) {
                remove.add(id);
            }
        }
        index.delete(remove);
        List<String> add = new ArrayList<>();
        for (Map.Entry<String, String> e : stored.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                add.add(e.getKey());
            }
        }
        for (int i = 0; i < add.size(); i += 500) {
            List<IndexDocument.Row> rows = queries.indexRows(db.writer(), add.subList(i, Math.min(add.size(), i + 500)));
            index.put(rows);
        }
        writtenGeneration = generation;
        index.commit(generation);
        return new Reconciliation(true, add.size(), remove.size());
    }

    private static StoreException failed(SQLException e) {
        return new StoreException("store query failed: " + e.getMessage(), e);
    }

    /** Commits the index and closes everything. */
    @Override
    public synchronized void close() {
        try {
            commitIndex();
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            db.close();
        }
    }
}
