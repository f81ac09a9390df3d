package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class StemLexiconTest {
    private static StemLexicon read(String body, boolean gzip) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (gzip) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(bytes);
            }
            bytes = out.toByteArray();
        }
        return StemLexicon.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void readsPlainAndGzippedFilesSkippingHeaderLines() throws IOException {
        String body = "# source: test\nوزير\t120\nالوزير\t300\nبغداد\t0\tS\n";
        for (boolean gz : new boolean[] {false, true}) {
            StemLexicon lex = read(body, gz);
            assertThat(lex.size()).isEqualTo(3);
            assertThat(lex.total()).isEqualTo(420);
        }
    }

    @Test
    void looksUpSlicesWithPrefixAndTailWithoutCopying() throws IOException {
        StemLexicon lex = read("وزير\t120\nالوزير\t300\nوزيرة\t7\n", false);
        char[] buf = "ووزيرها".toCharArray();
        assertThat(lex.count("", buf, 1, 5)).isEqualTo(120);
        assertThat(lex.count("ال", buf, 1, 5)).isEqualTo(300);
        assertThat(lex.count("", buf, 1, 5, "ة")).isEqualTo(7);
        assertThat(lex.count("", buf, 0, 5)).isZero();
    }

    @Test
    void keepsGazetteerStemFlag() throws IOException {
        StemLexicon lex = read("بغداد\t0\tS\nبغدادي\t4\n", false);
        char[] buf = "بغدادي".toCharArray();
        assertThat(lex.flags("", buf, 0, 5) & StemLexicon.FLAG_STEM).isNotZero();
        assertThat(lex.flags("", buf, 0, 6)).isZero();
    }

    @Test
    void growsPastItsInitialCapacity() {
        StemLexicon lex = StemLexicon.empty();
        for (int i = 0; i < 10_000; i++) {
            lex.put("كلمة" + i, i + 1, 0);
        }
        char[] buf = "كلمة9999".toCharArray();
        assertThat(lex.size()).isEqualTo(10_000);
        assertThat(lex.count("", buf, 0, buf.length)).isEqualTo(10_000);
    }

    @Test
    void bundledLexiconLoadsWithNewsCountsAndNames() {
        StemLexicon lex = StemLexicon.fromResource(ArabicTextAnalyzer.LEXICON_RESOURCE);
        assertThat(lex.size()).isGreaterThan(100_000);
        char[] w = "بغداد".toCharArray();
        assertThat(lex.count("", w, 0, w.length)).isGreaterThan(100);
    }
}
