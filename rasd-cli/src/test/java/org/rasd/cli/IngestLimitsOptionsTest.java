package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLimitsOptionsTest {
    @TempDir
    Path tmp;

    @Test
    void aDocumentOverTheConfiguredLimitIsListedAsFailedAndTheOthersAreStored() throws Exception {
        Path in = tmp.resolve("in.jsonl");
        String longText = "تظاهر آلاف في العاصمة. ".repeat(20);
        Files.writeString(in, "{\"id\":\"short\",\"text\":\"اجتمع الوزير بالسفير.\"}\n"
                + "{\"id\":\"long\",\"text\":\"" + longText + "\"}\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        CliRun r = CliRun.of("ingest", "--data-dir", data.toString(), "--no-progress", "--max-document-chars", "100",
                in.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.out() + r.err()).contains("ingested 1");
        CliRun failures = CliRun.of("failures", "--data-dir", data.toString());
        assertThat(failures.out()).contains("maxDocumentChars");
    }

    @Test
    void aNonPositiveLimitIsAUsageError() {
        CliRun r = CliRun.of("ingest", "--data-dir", tmp.resolve("d").toString(), "--max-line-chars", "0",
                tmp.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).contains("maxLineChars").doesNotContain("\n");
    }
}
