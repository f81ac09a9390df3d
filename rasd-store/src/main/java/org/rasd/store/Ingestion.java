package org.rasd.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.rasd.model.Document;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.store.internal.DocumentWriter;

/**
 * One ingest run: documents are hashed and analyzed on a few threads, then one writer thread stores them in
 * batches, each batch one SQLite transaction followed by an index update. Text already stored (same content
 * hash) is skipped before analysis, so re-ingesting is cheap and adds nothing (the pipeline is only asked for
 * when a document needs analysis, so its models need not even be loaded). Failures are kept in the store.
 */
public final class Ingestion {
    private static final int BATCH = 256;
    private static final long BATCH_WAIT_MILLIS = 200;
    private static final int MAX_REPORTED_FAILURES = 50;

    /** Hears about progress after every written batch (on the writer thread). */
    public interface Listener {
        void progress(long processed, long processedChars, IngestSummary soFar);

        Listener NONE = (p, c, s) -> { };
    }

    private sealed interface Result permits Analyzed, Skipped, Failed, Abandoned, End {
    }

    /** Not analyzed because the pipeline could not be loaded: not stored, not a failure of the input. */
    private record Abandoned() implements Result {
    }

    private record Analyzed(DocumentWriter.Pending pending, int chars) implements Result {
    }

    private record Skipped(int chars) implements Result {
    }

    private record Failed(DocumentWriter.FailureRow failure, int chars) implements Result {
    }

    private record End() implements Result {
    }

    private final RasdStore store;
    private final Supplier<RasdPipeline> pipeline;
    private final Listener listener;
    private final ExecutorService workers;
    private final Semaphore inFlight;
    // Bounded: when the writer is slower than the analysis, workers wait here instead of piling up
    // analyzed documents in memory (a 1 GB input must ingest in flat memory).
    private final BlockingQueue<Result> results;
    private final Set<String> claimedHashes = ConcurrentHashMap.newKeySet();
    private final Thread writerThread;
    private final long startNanos = System.nanoTime();
    private final AtomicLong ingested = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final List<Failure> reported = new ArrayList<>();
    private long processed;
    private long processedChars;
    private volatile Throwable writeError;
    private volatile Throwable pipelineError;

    Ingestion(RasdStore store, Supplier<RasdPipeline> pipeline, int threads, Listener listener) {
        this.store = store;
        this.pipeline = pipeline;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "rasd-analyze");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new Semaphore(Math.max(1, threads) * 32);
        this.results = new ArrayBlockingQueue<>(Math.max(1, threads) * 64);
        claimedHashes.addAll(store.contentHashes());
        writerThread = new Thread(this::writeLoop, "rasd-store-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /**
     * Queues a document for analysis and storage; blocks while too many are in flight. Once the pipeline has
     * failed to load ({@link #pipelineError()}), documents are dropped: the run cannot analyze anything.
     */
    public void submit(Document doc, String origin) {
        checkWriter();
        if (pipelineError != null) {
            return;
        }
        inFlight.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                enqueue(analyze(doc, origin));
            } finally {
                inFlight.release();
            }
        });
    }

    /** Records an input that could not be read. */
    public void fail(String origin, String docId, String reason) {
        checkWriter();
        enqueue(new Failed(new DocumentWriter.FailureRow(origin, docId, reason), 0));
    }

    /** Hands a result to the writer, waiting while its queue is full; gives up if the writer has died. */
    private void enqueue(Result r) {
        try {
            while (!results.offer(r, 100, TimeUnit.MILLISECONDS)) {
                if (writeError != null || !writerThread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Result analyze(Document doc, String origin) {
        int chars = doc.text().length();
        String hash = sha256(doc.text());
        if (!claimedHashes.add(hash)) {
            return new Skipped(chars);
        }
        RasdPipeline p;
        try {
            p = pipeline.get();
        } catch (RuntimeException | Error e) {
            pipelineError = e;
            claimedHashes.remove(hash);
            return new Abandoned();
        }
        try {
            Document withId = doc.id() == null || doc.id().isBlank()
                    ? new Document(hash.substring(0, 16), doc.text(), doc.date(), doc.title(), doc.url(), doc.source())
                    : doc;
            return new Analyzed(new DocumentWriter.Pending(p.analyze(withId), hash, origin), chars);
        } catch (RuntimeException | StackOverflowError e) {
            claimedHashes.remove(hash);
            return new Failed(new DocumentWriter.FailureRow(origin, doc.id(), "analysis failed: " + e), chars);
        }
    }

    private void writeLoop() {
        List<DocumentWriter.Pending> docs = new ArrayList<>();
        List<DocumentWriter.FailureRow> failures = new ArrayList<>();
        long batchChars = 0;
        int batchItems = 0;
        boolean end = false;
        try {
            while (!end) {
                Result first = results.take();
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BATCH_WAIT_MILLIS);
                Result r = first;
                while (r != null) {
                    batchItems++;
                    if (r instanceof Analyzed a) {
                        docs.add(a.pending());
                        batchChars += a.chars();
                    } else if (r instanceof Skipped s) {
                        unchanged.incrementAndGet();
                        batchChars += s.chars();
                    } else if (r instanceof Failed f) {
                        failures.add(f.failure());
                        batchChars += f.chars();
                    } else if (r instanceof Abandoned) {
                        batchItems--;
                    } else {
                        batchItems--;
                        end = true;
                        break;
                    }
                    if (docs.size() + failures.size() >= BATCH) {
                        break;
                    }
                    long wait = deadline - System.nanoTime();
                    r = wait <= 0 ? results.poll() : results.poll(wait, TimeUnit.NANOSECONDS);
                }
                flush(docs, failures);
                processed += batchItems;
                processedChars += batchChars;
                batchItems = 0;
                batchChars = 0;
                listener.progress(processed, processedChars, summary());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writeError = e;
        } catch (SQLException | IOException | RuntimeException e) {
            writeError = e;
        }
    }

    private void flush(List<DocumentWriter.Pending> docs, List<DocumentWriter.FailureRow> failures)
            throws SQLException, IOException {
        if (docs.isEmpty() && failures.isEmpty()) {
            return;
        }
        DocumentWriter.Written w = store.write(docs, failures);
        for (DocumentWriter.Outcome o : w.outcomes()) {
            switch (o) {
                case INGESTED -> ingested.incrementAndGet();
                case UPDATED -> updated.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
            }
        }
        for (DocumentWriter.FailureRow f : failures) {
            failed.incrementAndGet();
            synchronized (reported) {
                if (reported.size() < MAX_REPORTED_FAILURES) {
                    reported.add(new Failure(f.origin(), f.docId(), f.reason(), null, null));
                }
            }
        }
        docs.clear();
        failures.clear();
    }

    private IngestSummary summary() {
        synchronized (reported) {
            return new IngestSummary(ingested.get(), updated.get(), unchanged.get(), failed.get(), reported,
                    (System.nanoTime() - startNanos) / 1e9);
        }
    }

    private void checkWriter() {
        if (writeError != null) {
            throw new StoreException("writing to the store failed: " + writeError, writeError);
        }
    }

    /** Waits for everything submitted to be stored, commits the index and returns what the run did. */
    public IngestSummary finish() {
        workers.shutdown();
        try {
            if (!workers.awaitTermination(7, TimeUnit.DAYS)) {
                throw new StoreException("analysis did not finish");
            }
            enqueue(new End());
            writerThread.join();
            checkWriter();
            store.commitIndex();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted", e);
        } catch (IOException e) {
            throw new StoreException("cannot commit the index: " + e.getMessage(), e);
        }
        return summary();
    }

    /** Why the analysis pipeline could not be loaded, or {@code null}: then nothing new was stored. */
    public Throwable pipelineError() {
        return pipelineError;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
