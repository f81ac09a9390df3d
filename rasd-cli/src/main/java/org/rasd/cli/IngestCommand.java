package org.rasd.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.rasd.ingest.DocumentReader;
import org.rasd.ingest.IngestLimits;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.store.Failure;
import org.rasd.store.IngestSummary;
import org.rasd.store.Ingestion;
import org.rasd.store.RasdStore;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd ingest}: read, analyze and store documents; idempotent by content hash. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads documents (text files, directories, JSONL with id/text/date/url/source/title, HTML pages,",
            "RSS/Atom feeds), analyzes them and stores them under --data-dir. Text already stored is skipped, so",
            "re-ingesting adds nothing. Inputs that cannot be read are kept as failures (see rasd failures);",
            "the exit code is 1 when there were any."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Option(names = "--threads", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: only on a terminal).")
    Boolean progress;

    @Option(names = "--max-document-chars", paramLabel = "N",
            description = "Refuse documents longer than N chars (default: ${DEFAULT-VALUE}).")
    int maxDocumentChars = IngestLimits.DEFAULTS.maxDocumentChars();

    @Option(names = "--max-line-chars", paramLabel = "N",
            description = "Refuse documents with a line longer than N chars (default: ${DEFAULT-VALUE}).")
    int maxLineChars = IngestLimits.DEFAULTS.maxLineChars();

    @Option(names = "--max-sentence-chars", paramLabel = "N",
            description = "Refuse documents with a sentence longer than N chars (default: ${DEFAULT-VALUE}).")
    int maxSentenceChars = IngestLimits.DEFAULTS.maxSentenceChars();

    @Option(names = "--max-input-bytes", paramLabel = "N",
            description = "Refuse text, HTML and feed files larger than N bytes (default: ${DEFAULT-VALUE}).")
    long maxInputBytes = IngestLimits.DEFAULTS.maxInputBytes();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserException("--threads must be at least 1", ExitCodes.USAGE);
        }
        IngestLimits limits;
        try {
            limits = IngestLimits.DEFAULTS.withMaxDocumentChars(maxDocumentChars).withMaxLineChars(maxLineChars)
                    .withMaxSentenceChars(maxSentenceChars).withMaxInputBytes(maxInputBytes);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
        boolean bar = progress != null ? progress : System.console() != null;
        long expected = bar ? expectedDocuments() : 0;
        // The models load in the background while the store opens and the inputs are read; a re-ingest of
        // known text never waits for them.
        CompletableFuture<RasdPipeline> pipeline = CompletableFuture.supplyAsync(RasdPipeline::loadDefault,
                r -> {
                    Thread t = new Thread(r, "rasd-load-models");
                    t.setDaemon(true);
                    t.start();
                });
        DocumentReader reader = new DocumentReader(limits);
        IngestSummary summary;
        try (RasdStore store = RasdStore.open(dataDir)) {
            ProgressBar progressBar = bar ? new ProgressBar(System.err, expected) : null;
            Ingestion run = store.ingestion(pipeline::join, threads,
                    progressBar == null ? Ingestion.Listener.NONE : progressBar::update);
            for (Path p : paths) {
                reader.read(p, item -> {
                    if (item.ok()) {
                        run.submit(item.document(), item.origin());
                    } else {
                        run.fail(item.origin(), item.id(), item.error());
                    }
                });
            }
            summary = run.finish();
            if (progressBar != null) {
                progressBar.done();
            }
            if (run.pipelineError() != null) {
                Throwable t = run.pipelineError();
                while (t.getCause() != null) {
                    t = t.getCause();
                }
                throw new UserException("cannot load the analysis models: " + t.getMessage()
                        + " (nothing new was stored)", ExitCodes.INTERNAL);
            }
            long stored = store.stats().get("documents").asLong();
            System.out.printf(Locale.ROOT, "ingested %d, updated %d, unchanged %d, failed %d in %.1f s (%.0f documents/s); "
                    + "%s holds %d documents%n", summary.ingested(), summary.updated(), summary.unchanged(),
                    summary.failed(), summary.seconds(), summary.rate(), dataDir, stored);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        for (Failure f : summary.failures()) {
            System.err.println("rasd: failed: " + f.origin() + ": " + f.reason());
        }
        if (summary.failed() > summary.failures().size()) {
            System.err.println("rasd: ... and " + (summary.failed() - summary.failures().size()) + " more");
        }
        if (summary.failed() > 0) {
            System.err.println("rasd: " + summary.failed() + " input(s) failed; they are listed by: rasd failures --data-dir "
                    + dataDir);
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }

    /** Roughly how many documents the inputs hold (JSONL lines, other files), for the progress bar only. */
    private long expectedDocuments() {
        long n = 0;
        for (Path p : paths) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    n += f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") ? lines(f) : 1;
                }
            } catch (IOException | RuntimeException e) {
                n++;
            }
        }
        return n;
    }

    private static long lines(Path f) throws IOException {
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A one-line progress bar redrawn in place on a terminal. */
    static final class ProgressBar {
        private final PrintStream out;
        private final long expected;
        private long lastDraw;

        ProgressBar(PrintStream out, long expected) {
            this.out = out;
            this.expected = expected;
        }

        void update(long processed, long chars, IngestSummary s) {
            long now = System.nanoTime();
            if (now - lastDraw < 100_000_000L) {
                return;
            }
            lastDraw = now;
            out.print("\r" + line(processed, s) + "\u001b[K");
            out.flush();
        }

        String line(long processed, IngestSummary s) {
            double fraction = expected <= 0 ? 0 : Math.min(1, processed / (double) expected);
            int width = 30;
            int filled = (int) Math.round(fraction * width);
            return String.format(Locale.ROOT, "[%s%s] %3.0f%% %d/%d · new %d · unchanged %d · failed %d · %.0f/s",
                    "#".repeat(filled), "-".repeat(width - filled), fraction * 100, processed, expected,
                    s.ingested() + s.updated(), s.unchanged(), s.failed(), s.rate());
        }

        void done() {
            out.print("\r\u001b[K");
            out.flush();
        }
    }
}
