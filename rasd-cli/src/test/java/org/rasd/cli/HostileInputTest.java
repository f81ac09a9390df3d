package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.ingest.DocumentReader;
import org.rasd.ingest.SourceItem;

/**
 * The hostile-input corpus of rasd-ingest (empty, binary, invalid UTF-8, deeply nested HTML, XXE and billion-laughs
 * feeds, mixed encodings in one JSONL, good files in four encodings) and two generated 50 MB single-line inputs,
 * ingested end to end with {@code rasd ingest}: no crash (only exit codes 0 or 1, no stack trace), no hang (each
 * input under a time bound), every good document stored, every bad input listed by {@code rasd failures} with a
 * reason.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("..", "rasd-ingest", "src", "test", "resources", "hostile");
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static CliRun rasd(String... args) {
        return CliRun.of(args);
    }

    /** Ingests each file alone, under the time bound, and checks that it neither crashed nor hung. */
    private CliRun ingest(Path data, Path file) {
        CliRun r = assertTimeoutPreemptively(BOUND, () -> rasd("ingest", "--data-dir", data.toString(), "--no-progress",
                file.toString()), file.getFileName() + " took too long");
        assertThat(r.exit()).as(file.getFileName() + ": " + r.err()).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
        assertThat(r.err()).as(file.getFileName().toString()).doesNotContain("Exception", "\tat ");
        return r;
    }

    /** What the reader alone makes of the inputs: good documents by text, failures by origin. */
    private static void expect(List<Path> files, Set<String> texts, Map<String, String> failures) {
        DocumentReader reader = new DocumentReader();
        for (Path f : files) {
            reader.read(f, (SourceItem i) -> {
                if (i.ok()) {
                    texts.add(i.document().text());
                } else {
                    failures.put(i.origin(), i.error());
                }
            });
        }
    }

    private Map<String, String> listedFailures(Path data) throws IOException {
        CliRun r = rasd("failures", "--data-dir", data.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> listed = new HashMap<>();
        for (String line : r.out().lines().toList()) {
            JsonNode f = JSON.readTree(line);
            listed.put(f.get("origin").asText(), f.get("reason").asText());
        }
        return listed;
    }

    private static long storedDocuments(CliRun lastIngest) {
        String out = lastIngest.out();
        int at = out.lastIndexOf("holds ");
        assertThat(at).as(out).isGreaterThan(0);
        return Long.parseLong(out.substring(at + 6).split(" ")[0]);
    }

    @Test
    void theHostileCorpusIsStoredOrListedFileByFile() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "skipped: rasd-ingest's hostile corpus not found");
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            for (Path f : s.sorted().toList()) {
                files.add(Files.copy(f, in.resolve(f.getFileName())));
            }
        }
        Set<String> texts = new HashSet<>();
        Map<String, String> failures = new HashMap<>();
        expect(files, texts, failures);
        assertThat(failures).hasSizeGreaterThanOrEqualTo(12);

        Path data = tmp.resolve("data");
        CliRun last = null;
        for (Path f : files) {
            last = ingest(data, f);
        }
        Map<String, String> listed = listedFailures(data);
        assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(failures.keySet());
        listed.forEach((origin, reason) -> assertThat(reason).as(origin).isNotBlank().doesNotContain("internal error"));
        assertThat(listed.get(in.resolve("billion-laughs.xml").toString())).contains("lol9");
        assertThat(listed.get(in.resolve("xxe-file.xml").toString())).contains("xxe").doesNotContain("root:");
        assertThat(listed.get(in.resolve("mixed-encodings.jsonl") + ":2")).contains("not valid UTF-8");
        assertThat(storedDocuments(last)).isEqualTo(texts.size());
        System.out.printf("hostile corpus end to end: %d files, %d distinct documents stored, %d failures listed%n",
                files.size(), texts.size(), listed.size());
    }

    @Test
    void fiftyMegabyteSingleLinesAreListedAndTheGoodLineAfterOneIsStored() throws IOException {
        Path txt = tmp.resolve("one-line.txt");
        Path jsonl = tmp.resolve("one-line.jsonl");
        writeSingleLine(txt, null);
        writeSingleLine(jsonl, "{\"id\": \"after\", \"text\": \"وصل الوفد إلى العاصمة صباح اليوم.\"}\n");
        Path data = tmp.resolve("data");
        ingest(data, txt);
        CliRun last = ingest(data, jsonl);
        assertThat(last.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        Map<String, String> listed = listedFailures(data);
        assertThat(listed).hasSize(2);
        assertThat(listed.get(txt.toString())).contains("maxInputBytes");
        assertThat(listed.get(jsonl + ":1")).contains("maxJsonlLineBytes");
        assertThat(storedDocuments(last)).isEqualTo(1);
    }

    private static void writeSingleLine(Path file, String next) throws IOException {
        byte[] chunk = "كلمة عربية. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (next != null) {
                out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            }
            for (long n = 0; n < 50L << 20; n += chunk.length) {
                out.write(chunk);
            }
            if (next != null) {
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                out.write(next.getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
