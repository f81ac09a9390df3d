package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void splitsCliticsAndPunctuationOneLinePerInputLine() throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, "وقال الوزير إن الحكومة نشرتها بالنسبة للسلطة.\nبغداد ولبنان\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("segment", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "و قال الوزير إن الحكومة نشرت ها ب النسبة ل لسلطة .",
                "بغداد و لبنان");
    }

    @Test
    void wordsConcatenateBackToTheirTokens() throws Exception {
        Path f = dir.resolve("in.txt");
        String line = "وأكد المجتمعون ترحيبهم بالاتفاق الذي توصلت إليه الحكومتان، وسيعقدون اجتماعهم المقبل";
        Files.writeString(f, line + "\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("segment", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip().replace(" ", "")).isEqualTo(line.replace(" ", ""));
    }

    @Test
    void emptyFileGivesEmptyOutput() throws Exception {
        Path f = dir.resolve("empty.txt");
        Files.write(f, new byte[0]);
        CliRun r = CliRun.of("segment", f.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void invalidUtf8AndMissingFileAreOneLineErrors() throws Exception {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41, (byte) 0xC3});
        CliRun bad = CliRun.of("segment", f.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err().strip()).contains("UTF-8").doesNotContain("\n").doesNotContain("Exception");
        CliRun missing = CliRun.of("segment", dir.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().strip()).contains("no such file").doesNotContain("\n");
    }
}
