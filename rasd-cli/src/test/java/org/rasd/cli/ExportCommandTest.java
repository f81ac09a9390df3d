package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesJsonlToAFileAndCountsOnStderr() throws Exception {
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "عقد وزير الخارجية السعودي اجتماعا مع نظيره العراقي في الرياض.", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("ingest", "--data-dir", data.toString(), in.toString()).exit()).isZero();
        Path out = tmp.resolve("events.jsonl");
        CliRun r = CliRun.of("export", "--data-dir", data.toString(), "--format", "jsonl", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        long lines = Files.readAllLines(out).size();
        assertThat(r.err()).contains("exported " + lines + " event(s)");
        for (String line : Files.readAllLines(out)) {
            assertThat(line).contains("\"document_id\":\"a.txt\"").contains("\"trigger_start\"").contains("\"sentence_text\"");
        }
    }
}
