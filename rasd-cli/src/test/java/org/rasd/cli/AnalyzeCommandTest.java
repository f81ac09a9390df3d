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

    @Test
    void everyKindOfBadJsonlLineGetsItsReasonAndIdInPlace() throws Exception {
        Path f = dir.resolve("mixed.jsonl");
        Files.writeString(f, """
                {"id": "a", "text": "وصل الوزير إلى بغداد.", "date": "2018-03-01"}
                {"id": "b", "text": "نص مقطوع
                {"id": "c", "text": "عقد الاجتماع في الرياض."}
                {"id": "d", "text": 42}
                {"id": "e", "text": "اجتماع", "date": "01/03/2018"}
                [1, 2]
                """, StandardCharsets.UTF_8);
        CliRun r = rasd("analyze", "--jsonl", f.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        var mapper = new ObjectMapper();
        var out = r.out().lines().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(out).hasSize(6);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        assertThat(out.get(0).get("date").asText()).isEqualTo("2018-03-01");
        assertThat(out.get(0).get("sentences")).isNotEmpty();
        assertThat(out.get(1).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("error").asText()).contains("line 2").contains("malformed JSON");
        assertThat(out.get(2).get("id").asText()).isEqualTo("c");
        assertThat(out.get(2).has("error")).isFalse();
        assertThat(out.get(3).get("id").asText()).isEqualTo("d");
        assertThat(out.get(3).get("error").asText()).contains("text");
        assertThat(out.get(4).get("id").asText()).isEqualTo("e");
        assertThat(out.get(4).get("error").asText()).contains("bad date");
        assertThat(out.get(5).get("error").asText()).contains("object");
    }
}
