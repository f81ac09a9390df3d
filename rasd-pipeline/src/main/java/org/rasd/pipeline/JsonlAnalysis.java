package org.rasd.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.rasd.model.Document;

/**
 * {@code analyze --jsonl}: one output line per input line, in input order; an input that could not be read, or a
 * document whose analysis failed, becomes an error line {@code {"id": <id or null>, "error": ...}} and the batch
 * goes on. Reading and parsing the lines is the ingest stage's job (its JSONL reader); this class analyzes
 * and writes, on a few threads, in bounded memory.
 */
public final class JsonlAnalysis implements AutoCloseable {
    private final RasdPipeline pipeline;
    private final Writer out;
    private final OrderedParallelMap<Item, Result> map;
    private long documents;
    private long errors;

    /** One input line: a document, or the reason it could not be read (with its id when the line gave one). */
    public record Item(Document document, String id, String error) {
        public static Item of(Document document) {
            return new Item(document, document.id(), null);
        }

        public static Item failed(String id, String error) {
            return new Item(null, id, error);
        }
    }

    /** Counts of one run. */
    public record Summary(long documents, long errors) {
    }

    private record Result(String json, boolean error) {
    }

    public JsonlAnalysis(RasdPipeline pipeline, int threads, Writer out) {
        this.pipeline = pipeline;
        this.out = out;
        this.map = new OrderedParallelMap<>(this::analyze, this::write, threads);
    }

    /** Queues one input line; call from one thread, in input order. */
    public void accept(Item item) {
        map.submit(item);
    }

    /** Writes what is still queued, flushes and returns the counts. */
    public Summary finish() {
        map.finish();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(documents, errors);
    }

    @Override
    public void close() {
        map.close();
    }

    private Result analyze(Item item) {
        if (item.document() == null) {
            return new Result(ContractJson.errorLine(item.id(), item.error()), true);
        }
        try {
            return new Result(ContractJson.toJsonLine(pipeline.analyze(item.document())), false);
        } catch (RuntimeException e) {
            return new Result(ContractJson.errorLine(item.id(), "analysis failed: " + e), true);
        }
    }

    private void write(Result r) {
        try {
            out.write(r.json());
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (r.error()) {
            errors++;
        } else {
            documents++;
        }
    }
}
