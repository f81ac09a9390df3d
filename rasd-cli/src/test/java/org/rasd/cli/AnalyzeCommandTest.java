package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    static CliRun rasd(String... args) {
        return CliRun.of(args);
    }

    @Test
    void analyzesAFileIntoContractJson() throws Exception {
        Path f = dir.resolve("doc.txt");
        Files.writeString(f, "اجتماع في الرياض\nوأكد الوزير أن الاجتماع ناجح.", StandardCharsets.UTF_8);
        CliRun r = rasd("analyze", "--date", "2026-11-28", f.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("id").asText()).isEqualTo("doc.txt");
        assertThat(doc.get("date").asText()).isEqualTo("2026-11-28");
        assertThat(doc.get("sentences")).hasSize(2);
        assertThat(doc.get("entities").isArray()).isTrue();
        assertThat(doc.get("events").isArray()).isTrue();
    }

    @Test
    void emptyFileGivesAnEmptyResult() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.write(f, new byte[0]);
        CliRun r = rasd("analyze", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("sentences")).isEmpty();
    }

    @Test
    void missingFileIsOneLineErrorWithExitOne() {
        CliRun r = rasd("analyze", dir.resolve("nope.txt").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).contains("no such file").doesNotContain("\n").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidUtf8IsOneLineError() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {(byte) 0xD8, (byte) 0xB3, (byte) 0xC3, (byte) 0x28, 0x41});
        CliRun r = rasd("analyze", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).contains("invalid UTF-8").doesNotContain("\n");
    }

    @Test
    void binaryFileIsOneLineError() throws Exception {
        Path f = dir.resolve("bin.dat");
        Files.write(f, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        CliRun r = rasd("analyze", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().strip()).contains("binary").doesNotContain("\n");
    }

    @Test
    void unknownOptionIsUsageError() {
        CliRun r = rasd("analyze", "--no-such-option");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).contains("Unknown option").doesNotContain("\n");
    }

    @Test
    void malformedJsonlLineIsReportedAndTheRestAnalyzed() throws Exception {
        Path f = dir.resolve("in.jsonl");
        Files.writeString(f, "{\"id\":\"1\",\"text\":\"خبر أول.\"}\n{broken\n{\"id\":\"3\",\"text\":\"خبر ثالث.\"}\n",
                StandardCharsets.UTF_8);
        CliRun r = rasd("analyze", "--jsonl", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        var lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"id\":\"1\"").contains("sentences");
        assertThat(lines.get(1)).contains("\"error\"");
        assertThat(lines.get(2)).contains("\"id\":\"3\"").contains("sentences");
        assertThat(r.err().strip()).contains("1 of 3").doesNotContain("\n");
    }
}
