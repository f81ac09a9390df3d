package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path tmp;

    static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }

    Path corpus() throws IOException {
        Path in = tmp.resolve("in");
        write(in.resolve("a.txt"), "عقد وزير الخارجية السعودي اجتماعا مع نظيره العراقي في الرياض.\nوبحث الجانبان التعاون.");
        write(in.resolve("news.jsonl"), """
                {"id": "n1", "text": "أعلنت الحكومة المصرية عن خطة جديدة للنقل في القاهرة.", "date": "2018-03-01", "url": "https://example.org/n1", "title": "خطة النقل"}
                {"id": "n2", "text": "ارتفعت أسعار النفط بعد قرار أوبك في فيينا.", "date": "2018-03-02"}
                this line is not JSON
                """);
        return in;
    }

    @Test
    void ingestsStoresAndReportsFailuresThenReingestAddsNothing() throws IOException {
        Path in = corpus();
        Path data = tmp.resolve("data");
        CliRun first = CliRun.of("ingest", "--data-dir", data.toString(), in.toString());
        assertThat(first.exit()).as(first.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(first.out()).contains("ingested 3,").contains("failed 1");
        assertThat(first.err()).contains("news.jsonl:3").contains("rasd failures");

        CliRun again = CliRun.of("ingest", "--data-dir", data.toString(), in.toString());
        assertThat(again.out()).contains("ingested 0,").contains("unchanged 3").contains("holds 3 documents");

        CliRun failures = CliRun.of("failures", "--data-dir", data.toString());
        assertThat(failures.exit()).isZero();
        assertThat(failures.out().lines()).hasSize(1);
        assertThat(failures.out()).contains("news.jsonl:3");
    }

    @Test
    void progressBarShowsCountsAndRate() {
        IngestCommand.ProgressBar bar = new IngestCommand.ProgressBar(System.err, 10);
        String line = bar.line(5, new org.rasd.store.IngestSummary(4, 0, 1, 0, java.util.List.of(), 2.0));
        assertThat(line).startsWith("[###############---------------]  50% 5/10").contains("new 4").contains("unchanged 1");
    }

    @Test
    void missingPathIsAFailureNotACrash() {
        CliRun r = CliRun.of("ingest", "--data-dir", tmp.resolve("d").toString(), tmp.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no such file");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void searchAndExportReadWhatIngestStored() throws IOException {
        Path data = tmp.resolve("data");
        CliRun.of("ingest", "--data-dir", data.toString(), corpus().toString());
        CliRun search = CliRun.of("search", "--data-dir", data.toString(), "بالقاهرة");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("\"total\":1").contains("\"id\":\"n1\"");
        CliRun dated = CliRun.of("search", "--data-dir", data.toString(), "--from", "2018-03-02");
        assertThat(dated.out()).contains("\"id\":\"n2\"").doesNotContain("\"id\":\"n1\"");
        CliRun export = CliRun.of("export", "--data-dir", data.toString(), "--format", "csv");
        assertThat(export.exit()).isZero();
        assertThat(export.out().lines().findFirst().orElse("")).startsWith("event_id,event_date,event_type");
    }

    @Test
    void badFiltersAreOneLineUsageErrors() {
        Path data = tmp.resolve("data");
        CliRun r = CliRun.of("search", "--data-dir", data.toString(), "--type", "HUG");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("unknown event type");
        CliRun d = CliRun.of("export", "--data-dir", data.toString(), "--format", "xml");
        assertThat(d.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(d.err()).contains("unknown export format");
        CliRun l = CliRun.of("search", "--data-dir", data.toString(), "--limit", "-3");
        assertThat(l.exit()).isEqualTo(ExitCodes.USAGE);
    }

}
