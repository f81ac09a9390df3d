package org.rasd.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code analyze --jsonl}: one output line per input line, in input order; a line that cannot be parsed
 * or analyzed becomes an error line and the batch goes on.
 */
public final class JsonlAnalysis {
    private final RasdPipeline pipeline;
    private final int threads;

    public JsonlAnalysis(RasdPipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** Counts of one run. */
    public record Summary(long documents, long errors) {
    }

    private record Line(String text, long number) {
    }

    private record Result(String json, boolean error) {
    }

    public Summary run(BufferedReader in, Writer out) {
        long[] counts = new long[2];
        Iterator<Line> lines = new Iterator<>() {
            long number;
            String next = advance();

            private String advance() {
                try {
                    String l;
                    do {
                        l = in.readLine();
                        number++;
                    } while (l != null && l.isBlank());
                    return l;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Line next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Line l = new Line(next, number);
                next = advance();
                return l;
            }
        };
        OrderedParallelMap.run(lines, this::analyzeLine, r -> {
            try {
                out.write(r.json());
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            counts[r.error() ? 1 : 0]++;
        }, threads);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(counts[0], counts[1]);
    }

    private Result analyzeLine(Line line) {
        JsonlDocuments.Parsed parsed = JsonlDocuments.parse(line.text(), line.number());
        if (!parsed.ok()) {
            return new Result(ContractJson.errorLine(parsed.id(), parsed.error()), true);
        }
        try {
            return new Result(ContractJson.toJsonLine(pipeline.analyze(parsed.document())), false);
        } catch (RuntimeException e) {
            return new Result(ContractJson.errorLine(parsed.id(), "line " + line.number()
                    + ": analysis failed: " + e), true);
        }
    }
}
