package org.rasd.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.JsonNode;
import org.rasd.ingest.DocumentReader;
import org.rasd.pipeline.ContractJson;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.server.RasdServer;
import org.rasd.store.IngestSummary;
import org.rasd.store.Ingestion;
import org.rasd.store.Paging;
import org.rasd.store.RasdStore;
import org.rasd.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Search latency under load: N concurrent clients send {@code GET /api/search} (with snippets) over loopback to a
 * server on a store of at least 10,000 articles, closed loop, for a fixed time after a warm-up; prints
 * throughput and latency percentiles. Queries are words drawn (seeded) from the stored titles, some with a clitic
 * prefix, a two-word query, a date range or an event type filter. Never part of the test run.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Measures /api/search latency with concurrent clients on loopback (a benchmark, minutes long)."})
public final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "The store to serve (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Option(names = "--ingest", paramLabel = "PATH", description = "Ingest this first (e.g. ../shared/data/news/...jsonl).")
    Path ingest;

    @Option(names = "--min-documents", description = "Refuse to run on fewer stored documents (default: ${DEFAULT-VALUE}).")
    int minDocuments = 10_000;

    @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 20;

    @Option(names = "--seconds", description = "Measured duration (default: ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--warmup", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--seed", description = "Random seed for the queries (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--url", paramLabel = "URL", description = "Load a running rasd serve at URL instead of starting one.")
    String url;

    @Option(names = "--queries-out", paramLabel = "FILE",
            description = "Also write the query strings, one per line (for an external load generator such as wrk).")
    Path queriesOut;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new UserException("--clients and --seconds must be positive", ExitCodes.USAGE);
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (url != null) {
            bench(url.endsWith("/") ? url : url + "/");
            return ExitCodes.OK;
        }
        try (RasdStore store = RasdStore.open(dataDir)) {
            if (ingest != null) {
                ingestFirst(store);
            }
            try (RasdServer server = RasdServer.start(store, RasdPipeline::loadDefault, "127.0.0.1", 0, null)) {
                bench(server.url("127.0.0.1"));
            }
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        return ExitCodes.OK;
    }

    private void bench(String base) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long docs = ContractJson.mapper().readTree(get(http, base + "api/stats")).get("documents").asLong();
        if (docs < minDocuments) {
            throw new UserException("the store holds " + docs + " documents; the benchmark needs at least "
                    + minDocuments + " (use --ingest)");
        }
        List<String> queries = queries(http, base, docs, new Random(seed));
        if (queriesOut != null) {
            Files.write(queriesOut, queries, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "bench search: %d documents, %d distinct queries, %d clients, "
                + "%d s warm-up + %d s measured, %d cores%n", docs, queries.size(), clients, warmup, seconds,
                Runtime.getRuntime().availableProcessors());
        String search = base + "api/search?limit=20&";
        run(search, queries, warmup, false);
        run(search, queries, seconds, true);
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new UserException(url + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    private void ingestFirst(RasdStore store) {
        Ingestion run = store.ingestion(RasdPipeline.loadDefault(), Runtime.getRuntime().availableProcessors(),
                Ingestion.Listener.NONE);
        new DocumentReader().read(ingest, item -> {
            if (item.ok()) {
                run.submit(item.document(), item.origin());
            } else {
                run.fail(item.origin(), null, item.error());
            }
        });
        IngestSummary s = run.finish();
        System.out.printf(Locale.ROOT, "ingest: %d new, %d unchanged, %d failed in %.1f s (%.0f documents/s)%n",
                s.ingested() + s.updated(), s.unchanged(), s.failed(), s.seconds(), s.rate());
    }

    /** Query strings (URL parameters) drawn from the titles of documents picked at random, through the API. */
    static List<String> queries(HttpClient http, String base, long docs, Random random)
            throws IOException, InterruptedException {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < 400; i++) {
            long offset = (long) (random.nextDouble() * Math.min(docs, Paging.MAX_LIMIT * 10L));
            JsonNode items = ContractJson.mapper().readTree(get(http, base + "api/search?limit=1&offset="
                    + (offset % Paging.MAX_LIMIT) + "&from=2018-" + String.format(Locale.ROOT, "%02d",
                    1 + offset / Paging.MAX_LIMIT % 10) + "-01")).get("items");
            if (items.isEmpty() || !items.get(0).hasNonNull("title")) {
                continue;
            }
            List<String> words = Arrays.stream(items.get(0).get("title").asText().split("[\\s\\p{Punct}«»،؛؟]+"))
                    .filter(w -> w.length() >= 4 && w.codePoints().allMatch(c -> c >= 0x0600 && c <= 0x06FF)).toList();
            if (words.isEmpty()) {
                continue;
            }
            String w = words.get(random.nextInt(words.size()));
            double kind = random.nextDouble();
            String q;
            if (kind < 0.15 && words.size() > 1) {
                q = "q=" + enc(w + " " + words.get(random.nextInt(words.size())));
            } else if (kind < 0.25) {
                q = "q=" + enc("و" + w);
            } else if (kind < 0.35) {
                String month = String.format(Locale.ROOT, "2018-%02d", 1 + random.nextInt(12));
                q = "q=" + enc(w) + "&from=" + month + "-01&to=" + month + "-28";
            } else if (kind < 0.40) {
                q = "q=" + enc(w) + "&type=ASSAULT";
            } else {
                q = "q=" + enc(w);
            }
            out.add(q);
        }
        return new ArrayList<>(out);
    }

    private void run(String base, List<String> queries, int duration, boolean report) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long end = System.nanoTime() + duration * 1_000_000_000L;
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong errors = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads[c] = new Thread(() -> {
                Random random = new Random(seed + client);
                long[] mine = new long[1 << 14];
                int n = 0;
                while (System.nanoTime() < end) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + queries.get(random.nextInt(queries.size()))))
                            .timeout(Duration.ofSeconds(30)).build();
                    long t0 = System.nanoTime();
                    try {
                        // The whole body is read, as bytes: decoding it would only measure the client.
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long t = System.nanoTime() - t0;
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (!startsWith(r.body(), NO_HITS)) {
                            hits.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = t;
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                latencies[client] = mine;
                counts[client] = n;
            }, "bench-client-" + c);
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!report) {
            return;
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "requests %d (%.0f/s), errors %d, with hits %.0f%%%n", total,
                total / (double) duration, errors.get(), total == 0 ? 0 : 100.0 * hits.get() / total);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                ms(all, 0.50), ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), total == 0 ? 0 : all[total - 1] / 1e6);
    }

    private static final byte[] NO_HITS = "{\"total\":0".getBytes(StandardCharsets.UTF_8);

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Runs the benchmark without the {@code rasd} front door: {@code java -cp rasd.jar org.rasd.cli.BenchSearchCommand}. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new BenchSearchCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        System.exit(cli.execute(args));
    }
}
