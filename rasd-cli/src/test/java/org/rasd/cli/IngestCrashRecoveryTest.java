package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.store.EventFilter;
import org.rasd.store.Paging;
import org.rasd.store.RasdStore;

/**
 * Kills a real {@code rasd ingest} process with SIGKILL in the middle of a run, restarts it, and checks that
 * every document is stored exactly once and the index agrees with SQLite.
 */
class IngestCrashRecoveryTest {
    private static final int DOCUMENTS = 3000;
    private static final int COMMITTED_BEFORE_KILL = 300;
    private static final String[] WORDS = {"الحكومة", "وزير", "الخارجية", "اجتماع", "المجلس", "الرئيس", "البرلمان",
        "الاقتصاد", "النفط", "الأمن", "الحدود", "المفاوضات", "الاتفاق", "العاصمة", "الشعب", "الجيش", "المدينة",
        "القرار", "اللجنة", "المنطقة"};

    @TempDir
    Path tmp;

    @Test
    void killedIngestLosesNoCommittedDocumentAndDuplicatesNone() throws Exception {
        Path input = tmp.resolve("docs.jsonl");
        List<String> ids = writeCorpus(input);
        Path data = tmp.resolve("data");

        Process first = ingest(data, input, "first");
        int before = waitForSomeCommitted(data, first);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Set<String> committedAtKill = storedIds(data);
        assertThat(committedAtKill.size())
                .as("the ingest must be killed mid-run (raise DOCUMENTS if it finished first)")
                .isGreaterThanOrEqualTo(before).isLessThan(DOCUMENTS);
        System.out.println("crash test: killed ingest with " + committedAtKill.size() + " of " + DOCUMENTS
                + " documents committed");

        Process second = ingest(data, input, "second");
        assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(tmp.resolve("second.out"), StandardCharsets.UTF_8);
        assertThat(second.exitValue()).as(out + Files.readString(tmp.resolve("second.err"))).isZero();
        assertThat(out).contains("unchanged " + committedAtKill.size());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("rasd.db"));
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT count(*) FROM documents")).isEqualTo(DOCUMENTS);
            assertThat(count(s, "SELECT count(DISTINCT id) FROM documents")).isEqualTo(DOCUMENTS);
            assertThat(count(s, "SELECT count(DISTINCT content_hash) FROM documents")).isEqualTo(DOCUMENTS);
            assertThat(count(s, "SELECT count(*) FROM (SELECT doc_key FROM sentences GROUP BY doc_key)"))
                    .isEqualTo(DOCUMENTS);
        }
        assertThat(storedIds(data)).containsExactlyInAnyOrderElementsOf(ids).containsAll(committedAtKill);
        try (RasdStore store = RasdStore.open(data)) {
            assertThat(store.indexedDocuments()).isEqualTo(DOCUMENTS);
            assertThat(store.search(null, EventFilter.NONE, new Paging(0, 0)).total()).isEqualTo(DOCUMENTS);
            assertThat(store.search("رقم" + 1234, EventFilter.NONE, new Paging(10, 0)).items())
                    .extracting(h -> h.id()).containsExactly("doc-1234");
        }
    }

    private Process ingest(Path data, Path input, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx1g", "org.rasd.cli.RasdCommand", "ingest",
                "--no-progress", "--threads", "2", "--data-dir", data.toString(), input.toString());
        pb.redirectOutput(tmp.resolve(name + ".out").toFile());
        pb.redirectError(tmp.resolve(name + ".err").toFile());
        return pb.start();
    }

    /**
     * Waits until the running ingest has committed a few batches (so the kill lands in the middle of the run,
     * with committed documents, documents in flight and an index behind SQLite); returns how many are stored.
     */
    private int waitForSomeCommitted(Path data, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("ingest ended before it could be killed").isTrue();
            if (Files.exists(data.resolve("rasd.db"))) {
                try {
                    int n = storedIds(data).size();
                    if (n >= COMMITTED_BEFORE_KILL) {
                        return n;
                    }
                } catch (SQLException e) {
                    // the schema is still being created
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing was committed within 5 minutes");
    }

    private static Set<String> storedIds(Path data) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("rasd.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM documents")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Distinct synthetic Arabic articles, each with a unique word رقمN so it can be found by search. */
    private static List<String> writeCorpus(Path file) throws IOException {
        Random random = new Random(42);
        List<String> ids = new ArrayList<>();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                StringBuilder text = new StringBuilder("خبر رقم").append(i).append(". ");
                for (int sentence = 0; sentence < 6; sentence++) {
                    for (int word = 0; word < 12; word++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                    }
                    text.setLength(text.length() - 1);
                    text.append(".\n");
                }
                String id = "doc-" + i;
                ids.add(id);
                w.write("{\"id\": \"" + id + "\", \"date\": \"2018-0" + (1 + i % 9) + "-1" + (i % 10)
                        + "\", \"text\": \"" + text.toString().replace("\n", "\\n") + "\"}\n");
            }
        }
        return ids;
    }
}
