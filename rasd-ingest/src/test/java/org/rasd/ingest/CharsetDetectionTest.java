package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDetectionTest {
    private static final String TEXT = Fixtures.ARTICLE;

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }

    @Test
    void decodesUtf8WithoutBom() {
        CharsetDetection.Decoded d = CharsetDetection.decode(TEXT.getBytes(StandardCharsets.UTF_8), 0);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf8WithBomAndDropsTheBom() {
        byte[] b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        CharsetDetection.Decoded d = CharsetDetection.decode(b, 0);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.basis()).isEqualTo("byte-order mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void decodesUtf16WithBom(String name) {
        Charset cs = Charset.forName(name);
        byte[] bom = name.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        CharsetDetection.Decoded d = CharsetDetection.decode(concat(bom, TEXT.getBytes(cs)), 0);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1256", "ISO-8859-6"})
    void detectsArabicSingleByteCharsetsWithoutDeclaration(String name) {
        CharsetDetection.Decoded d = CharsetDetection.decode(TEXT.getBytes(Charset.forName(name)), 0);
        assertThat(d.error()).isNull();
        assertThat(d.charset()).isEqualTo(name);
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void honoursARightDeclaration() {
        String page = "<html><head><meta charset=\"windows-1256\"></head><body><p>" + TEXT + "</p></body></html>";
        CharsetDetection.Decoded d = CharsetDetection.decode(page.getBytes(Charset.forName("windows-1256")), 0);
        assertThat(d.charset()).isEqualTo("windows-1256");
        assertThat(d.basis()).startsWith("declared");
        assertThat(d.text()).isEqualTo(page);
    }

    @Test
    void overridesADeclarationTheBytesContradict() {
        // Declared windows-1256 but the page is UTF-8: decoding as declared would give mojibake.
        String page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"><p>" + TEXT;
        CharsetDetection.Decoded d = CharsetDetection.decode(page.getBytes(StandardCharsets.UTF_8), 0);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(page);
        // Declared windows-1256 but the bytes are ISO-8859-6: the declared decoding has Latin letters in Arabic.
        String iso = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss>" + TEXT + "</rss>";
        d = CharsetDetection.decode(iso.getBytes(Charset.forName("ISO-8859-6")), 0);
        assertThat(d.charset()).isEqualTo("ISO-8859-6");
        assertThat(d.text()).isEqualTo(iso);
    }

    @Test
    void readsTheCharsetOfAnHttpHeaderBlock() {
        String head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=ISO-8859-6\r\n\r\n";
        byte[] b = concat(head.getBytes(StandardCharsets.US_ASCII), TEXT.getBytes(Charset.forName("ISO-8859-6")));
        int body = DeclaredCharset.bodyStart(b);
        assertThat(body).isEqualTo(head.length());
        assertThat(DeclaredCharset.headerContentType(b, body)).isEqualTo("text/plain");
        CharsetDetection.Decoded d = CharsetDetection.decode(b, body);
        assertThat(d.basis()).isEqualTo("declared charset ISO-8859-6");
        assertThat(d.text()).isEqualTo(TEXT);
    }

    @Test
    void reportsBrokenUtf8InsteadOfGuessingALegacyCharset() {
        CharsetDetection.Decoded d = CharsetDetection.decode(Fixtures.bytes("hostile/invalid-utf8.txt"), 0);
        assertThat(d.ok()).isFalse();
        assertThat(d.error()).contains("invalid UTF-8").contains("offset 19");
    }

    @Test
    void reportsBinary() {
        assertThat(CharsetDetection.decode(Fixtures.bytes("hostile/binary.bin"), 0).error()).startsWith("binary");
        assertThat(CharsetDetection.decode(new byte[] {1, 2, 3, 4, 'a'}, 0).error()).startsWith("binary");
    }

    @Test
    void reportsInvalidUtf16AfterBom() {
        byte[] b = {(byte) 0xFF, (byte) 0xFE, 0x27, 0x06, 0x00, (byte) 0xD8}; // alef, then an unpaired surrogate
        assertThat(CharsetDetection.decode(b, 0).error()).contains("invalid UTF-16LE");
    }

    @Test
    void roundTripsRealArticlesInEveryEncoding() {
        List<String> texts = Fixtures.newsTexts(200);
        Assumptions.assumeTrue(!texts.isEmpty(), "skipped: ../shared/data/news absent");
        int[] tried = new int[4];
        int[] exact = new int[4];
        String[] names = {"UTF-8", "UTF-16LE+BOM", "windows-1256", "ISO-8859-6"};
        for (String t : texts) {
            for (int k = 0; k < names.length; k++) {
                byte[] b = switch (k) {
                    case 0 -> t.getBytes(StandardCharsets.UTF_8);
                    case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE));
                    default -> {
                        Charset cs = Charset.forName(names[k]);
                        yield cs.newEncoder().canEncode(t) ? t.getBytes(cs) : null;
                    }
                };
                if (b == null) {
                    continue;
                }
                tried[k]++;
                if (t.equals(CharsetDetection.decode(b, 0).text())) {
                    exact[k]++;
                }
            }
        }
        for (int k = 0; k < names.length; k++) {
            System.out.printf("encoding round trip %s: %d/%d articles exact%n", names[k], exact[k], tried[k]);
            assertThat(exact[k]).as(names[k]).isEqualTo(tried[k]);
        }
        assertThat(tried[2]).isGreaterThan(100);
        assertThat(tried[3]).isGreaterThan(10);
    }
}
