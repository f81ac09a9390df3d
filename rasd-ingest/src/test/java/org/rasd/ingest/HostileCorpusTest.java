package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input is read within a time bound, without an exception, with every good document produced and
 * every bad one reported with a reason (see src/test/resources/hostile/README.md).
 */
class HostileCorpusTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final int FIFTY_MB = 50 * 1024 * 1024;

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("empty.txt", 0, new String[] {"empty input"}),
                Arguments.of("whitespace-only.txt", 0, new String[] {"no text"}),
                Arguments.of("binary.bin", 0, new String[] {"binary content"}),
                Arguments.of("binary-named.txt", 0, new String[] {"binary content"}),
                Arguments.of("invalid-utf8.txt", 0, new String[] {"invalid UTF-8 (byte 0xD9 at offset 19)"}),
                Arguments.of("deeply-nested.html", 1, new String[] {}),
                Arguments.of("billion-laughs.xml", 0, new String[] {"lol9"}),
                Arguments.of("xxe-file.xml", 0, new String[] {"xxe"}),
                Arguments.of("mixed-encodings.jsonl", 2, new String[] {"line 2: not valid UTF-8",
                    "line 3: not valid UTF-8", "line 4: malformed JSON", "line 5: missing", "line 6: bad date"}),
                Arguments.of("good-utf8-bom.txt", 1, new String[] {}),
                Arguments.of("good-iso-8859-6.txt", 1, new String[] {}),
                Arguments.of("good-utf16le.txt", 1, new String[] {}),
                Arguments.of("good-windows-1256.html", 1, new String[] {}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void readsEachHostileFileWithinTheBound(String name, int documents, String[] reasons) {
        Path file = Fixtures.dir("hostile").resolve(name);
        List<SourceItem> items = assertTimeoutPreemptively(BOUND, () -> Fixtures.read(file));
        assertThat(items.stream().filter(SourceItem::ok).count()).as("documents").isEqualTo(documents);
        List<String> errors = items.stream().filter(i -> !i.ok()).map(SourceItem::error).toList();
        assertThat(errors).as("failures").hasSize(reasons.length);
        for (int i = 0; i < reasons.length; i++) {
            assertThat(errors.get(i)).contains(reasons[i]);
        }
        assertThat(errors).noneMatch(e -> e.startsWith("internal error"));
    }

    @Test
    void goodFilesInEveryEncodingDecodeToTheSameText() {
        Path dir = Fixtures.dir("hostile");
        String expected = Fixtures.read(dir.resolve("good-utf8-bom.txt")).get(0).document().text();
        assertThat(expected).startsWith("اتفق وزراء الزراعة العرب");
        assertThat(Fixtures.read(dir.resolve("good-iso-8859-6.txt")).get(0).document().text()).isEqualTo(expected);
        assertThat(Fixtures.read(dir.resolve("good-utf16le.txt")).get(0).document().text()).isEqualTo(expected);
        assertThat(Fixtures.read(dir.resolve("good-windows-1256.html")).get(0).document().text())
                .isEqualTo(expected.strip());
    }

    @Test
    void theWholeCorpusAsOneDirectory() {
        List<SourceItem> items = assertTimeoutPreemptively(BOUND, () -> Fixtures.read(Fixtures.dir("hostile")));
        long ok = items.stream().filter(SourceItem::ok).count();
        long failed = items.size() - ok;
        System.out.printf("hostile corpus: %d documents, %d failures%n", ok, failed);
        assertThat(ok).isEqualTo(8); // 1 deeply nested + 2 from the JSONL + 4 good + README.md
        assertThat(failed).isEqualTo(7 + 5);
    }

    @Test
    void aFiftyMegabyteSingleLineIsReportedQuickly(@TempDir Path tmp) throws IOException {
        Path txt = tmp.resolve("one-line.txt");
        writeSingleLine(txt, null);
        assertThat(Files.size(txt)).isGreaterThanOrEqualTo(FIFTY_MB);
        // Over the input limit: refused from its size, never read.
        List<SourceItem> items = assertTimeoutPreemptively(BOUND, () -> Fixtures.read(txt));
        assertThat(items).singleElement().extracting(SourceItem::error).asString().contains("maxInputBytes");
        // With a larger input limit it is read, decoded, and refused for its line length, not truncated.
        DocumentReader roomy = new DocumentReader(IngestLimits.DEFAULTS.withMaxInputBytes(64L << 20)
                .withMaxDocumentChars(Integer.MAX_VALUE));
        items = assertTimeoutPreemptively(BOUND, () -> Fixtures.read(roomy, txt));
        assertThat(items).singleElement().extracting(SourceItem::error).asString().contains("maxLineChars");
    }

    @Test
    void aFiftyMegabyteJsonlLineIsSkippedAndTheNextLineRead(@TempDir Path tmp) throws IOException {
        Path jsonl = tmp.resolve("one-line.jsonl");
        writeSingleLine(jsonl, "{\"id\": \"after\", \"text\": \"السطر التالي سليم.\"}\n");
        List<SourceItem> items = assertTimeoutPreemptively(BOUND, () -> Fixtures.read(jsonl));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).error()).isEqualTo("line 1: longer than 8388608 bytes (maxJsonlLineBytes)");
        assertThat(items.get(1).document().id()).isEqualTo("after");
    }

    /** Writes 50 MB of Arabic prose without a line break (as a JSONL line when {@code next} is given). */
    private static void writeSingleLine(Path file, String next) throws IOException {
        byte[] chunk = "كلمة عربية. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (next != null) {
                out.write("{\"id\": \"huge\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
            }
            for (long n = 0; n < FIFTY_MB; n += chunk.length) {
                out.write(chunk);
            }
            if (next != null) {
                out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
                out.write(next.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void randomBinaryBlobsNeverBecomeDocuments() {
        java.util.Random r = new java.util.Random(42);
        for (int k = 0; k < 200; k++) {
            byte[] b = new byte[64 + r.nextInt(4000)];
            r.nextBytes(b);
            List<SourceItem> items = new DocumentReader().readBytes("blob" + k, "blob" + k, b);
            assertThat(items).as(Arrays.toString(Arrays.copyOf(b, 8))).singleElement()
                    .satisfies(i -> assertThat(i.ok()).isFalse());
        }
    }
}
