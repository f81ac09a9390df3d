package org.rasd.cli;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasd.ingest.DocumentReader;
import org.rasd.model.Document;
import org.rasd.pipeline.ContractJson;
import org.rasd.pipeline.OrderedParallelMap;
import org.rasd.pipeline.RasdPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasd bench analyze}: the throughput of the analysis behind {@code analyze --jsonl} (analyze, write the
 * contract JSON) on real articles, with peak resident memory. The articles are read and parsed once, before
 * the timed rounds, so neither disk nor JSON parsing is measured.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Articles per second of the whole analysis (as analyze --jsonl), and peak RSS.")
public final class BenchAnalyzeCommand implements Callable<Integer> {
    @Option(names = "--input", description = "JSONL articles (default: ${DEFAULT-VALUE}).")
    Path input = Path.of("../shared/data/news/ant-2018-arabic-news.jsonl");

    @Option(names = "--articles", description = "How many articles to analyze (default: ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--threads", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", description = "Measured rounds after one warm-up round (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || threads < 1 || rounds < 1) {
            throw new UserException("--articles, --threads and --rounds must be positive", ExitCodes.USAGE);
        }
        List<Document> lines = readDocuments();
        long chars = 0;
        for (Document d : lines) {
            chars += d.text().length();
        }
        long t0 = System.nanoTime();
        RasdPipeline pipeline = RasdPipeline.loadDefault();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "input: %d articles from %s (%.1f million chars of text)%n", lines.size(),
                input, chars / 1e6);
        System.out.printf(Locale.ROOT, "pipeline load: %.2f s; threads: %d%n", loadSeconds, threads);
        runRound(pipeline, lines, "warm-up");
        double best = 0;
        for (int r = 1; r <= rounds; r++) {
            best = Math.max(best, runRound(pipeline, lines, "round " + r));
        }
        System.out.printf(Locale.ROOT, "best: %.0f articles/s; peak RSS: %d MB%n", best, peakRssMb());
        return ExitCodes.OK;
    }

    private double runRound(RasdPipeline pipeline, List<Document> lines, String label) {
        long[] stats = new long[3];
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        OrderedParallelMap.run(lines.iterator(), d -> {
            var analyzed = pipeline.analyze(d);
            synchronized (stats) {
                stats[1] += analyzed.entities().size();
                stats[2] += analyzed.events().size();
            }
            return ContractJson.toJsonLine(analyzed);
        }, json -> {
            stats[0] += json.length();
        }, threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMsPerArticle = (processCpuNanos() - cpuStart) / 1e6 / lines.size();
        double rate = lines.size() / seconds;
        // CPU time per article does not depend on what else the machine runs; wall-clock rate does.
        System.out.printf(Locale.ROOT, "%-8s %6.2f s  %7.0f articles/s  %5.2f ms CPU/article  entities %d  events %d"
                + "  output %.1f M chars%n", label, seconds, rate, cpuMsPerArticle, stats[1], stats[2], stats[0] / 1e6);
        return rate;
    }

    /** The first articles of the input, read once by the ingest stage's JSONL reader (not timed). */
    private List<Document> readDocuments() throws IOException {
        StringBuilder head = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String l;
            for (int n = 0; n < articles && (l = in.readLine()) != null; n++) {
                head.append(l).append('\n');
            }
        } catch (NoSuchFileException e) {
            throw new UserException(input + ": no such file (the news sample lives in ../shared/data/news)");
        }
        List<Document> docs = new ArrayList<>(articles);
        new DocumentReader().readJsonl(input.toString(),
                new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)), item -> {
                    if (item.ok()) {
                        docs.add(item.document());
                    }
                });
        return docs;
    }

    /** CPU time of the whole process (all threads, including GC), in nanoseconds. */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    /** Peak resident set size of this process (Linux), or -1 where unknown. */
    static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
