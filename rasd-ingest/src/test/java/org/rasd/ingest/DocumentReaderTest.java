package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Document;

class DocumentReaderTest {
    @TempDir
    Path tmp;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsATextFileUntouched() throws IOException {
        String text = "سطر أول\r\nسطر ثان";
        List<SourceItem> items = Fixtures.read(write("a.txt", text));
        assertThat(items).singleElement().satisfies(i -> {
            assertThat(i.document().text()).isEqualTo(text);
            assertThat(i.document().id()).isEqualTo("a.txt");
        });
    }

    @Test
    void readsJsonlAndReportsEachBadLineWithItsNumber() throws IOException {
        String jsonl = """
                {"id": "d1", "text": "نص أول", "date": "2026-01-02", "url": "https://e.org/1", "source": "e", "title": "ع"}
                not json at all
                {"id": "d3"}
                {"id": "d4", "text": "نص", "date": "02/01/2026"}
                [1, 2]

                {"text": "بلا معرف", "date": "2026-01-03T10:00:00Z"}
                {"id": "d8", "text": "   "}
                """;
        List<SourceItem> items = Fixtures.read(write("in.jsonl", jsonl));
        assertThat(items).hasSize(7);
        Document d1 = items.get(0).document();
        assertThat(d1).isEqualTo(new Document("d1", "نص أول", LocalDate.of(2026, 1, 2), "ع", "https://e.org/1", "e"));
        assertThat(items.get(1).error()).startsWith("line 2: malformed JSON");
        assertThat(items.get(2).error()).isEqualTo("line 3: missing string field \"text\"");
        assertThat(items.get(3).error()).contains("line 4: bad date \"02/01/2026\"");
        assertThat(items.get(4).error()).isEqualTo("line 5: expected a JSON object");
        assertThat(items.get(5).document().id()).isEqualTo("in.jsonl:7");
        assertThat(items.get(5).document().date()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(items.get(5).origin()).endsWith("in.jsonl:7");
        assertThat(items.get(6).error()).isEqualTo("line 8: \"text\" is empty");
    }

    @Test
    void reportsTheLinesOfAMixedEncodingJsonl() {
        List<SourceItem> items = Fixtures.read(Fixtures.dir("hostile").resolve("mixed-encodings.jsonl"));
        assertThat(items).extracting(i -> i.ok() ? i.document().id() : i.error().replaceAll(":.*", "")).containsExactly(
                "mix-1", "line 2", "line 3", "line 4", "line 5", "line 6", "mix-7");
        assertThat(items.get(1).error()).contains("not valid UTF-8").contains("windows-1256");
        assertThat(items.get(2).error()).contains("not valid UTF-8").contains("ISO-8859-6");
        assertThat(items.get(6).document().title()).isEqualTo("هدنة");
    }

    @Test
    void skipsAnOverlongJsonlLineWithoutBufferingItAndGoesOn() throws IOException {
        IngestLimits limits = IngestLimits.DEFAULTS.withMaxJsonlLineBytes(1000);
        String big = "{\"id\": \"big\", \"text\": \"" + "ب".repeat(2000) + "\"}";
        Path f = write("big.jsonl", "{\"id\": \"a\", \"text\": \"قبل\"}\n" + big + "\n{\"id\": \"b\", \"text\": \"بعد\"}");
        List<SourceItem> items = Fixtures.read(new DocumentReader(limits), f);
        assertThat(items).hasSize(3);
        assertThat(items.get(1).error()).isEqualTo("line 2: longer than 1000 bytes (maxJsonlLineBytes)");
        assertThat(items.get(2).document().text()).isEqualTo("بعد");
    }

    @Test
    void aDocumentOverALimitIsReportedNotTruncated() throws IOException {
        DocumentReader reader = new DocumentReader(IngestLimits.DEFAULTS.withMaxDocumentChars(100)
                .withMaxLineChars(50).withMaxSentenceChars(30));
        assertThat(Fixtures.read(reader, write("long.txt", "ك".repeat(101))).get(0).error())
                .contains("101 chars, over the limit of 100 (maxDocumentChars)");
        assertThat(Fixtures.read(reader, write("line.txt", "قصير.\n" + "ك. ".repeat(20) + "\n")).get(0).error())
                .contains("maxLineChars");
        assertThat(Fixtures.read(reader, write("sentence.txt", "كلمة ".repeat(7) + "\n")).get(0).error())
                .contains("maxSentenceChars");
        assertThat(Fixtures.read(reader, write("ok.txt", "جملة قصيرة. وأخرى.\nوثالثة؟")).get(0).ok()).isTrue();
        DocumentReader small = new DocumentReader(IngestLimits.DEFAULTS.withMaxInputBytes(10));
        assertThat(Fixtures.read(small, write("big.html", "<p>" + "x".repeat(20))).get(0).error())
                .contains("over the limit of 10 (maxInputBytes)");
        List<SourceItem> out = new ArrayList<>();
        small.read("upload.txt", new ByteArrayInputStream(new byte[11]), out::add);
        assertThat(out).singleElement().extracting(SourceItem::error).asString().contains("maxInputBytes");
    }

    @Test
    void readsDirectoriesRecursivelyInNameOrderWithRelativeIds() throws IOException {
        write("b/x.txt", "نص ب");
        write("a/y.html", "<html><body><p>نص الصفحة الذي يكفي ليكون فقرة في مقال إخباري.</p></body></html>");
        write("a/z.jsonl", "{\"id\": \"z1\", \"text\": \"سطر\"}\n");
        List<SourceItem> items = Fixtures.read(tmp);
        assertThat(items).extracting(i -> i.document().id()).containsExactly("a/y.html", "z1", "b/x.txt");
    }

    @Test
    void readsAStreamByItsName() {
        List<SourceItem> out = new ArrayList<>();
        DocumentReader reader = new DocumentReader();
        byte[] page = Fixtures.bytes("html/news-article.html");
        reader.read("page.html", new ByteArrayInputStream(page), out::add);
        reader.read("docs.jsonl", new ByteArrayInputStream("{\"text\": \"أ\"}\n{bad\n".getBytes(StandardCharsets.UTF_8)),
                out::add);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).document().title()).startsWith("الأردن يستضيف");
        assertThat(out.get(0).document().url()).isEqualTo("https://example.org/news/2026/03/jordan-meeting");
        assertThat(out.get(0).document().source()).isEqualTo("أخبار المشرق");
        assertThat(out.get(1).document().id()).isEqualTo("docs.jsonl:1");
        assertThat(out.get(2).error()).startsWith("line 2:");
    }

    @Test
    void sniffsTheFormatWhenTheNameDoesNotTell() throws IOException {
        assertThat(Fixtures.read(write("feed", Fixtures.text("feeds/atom-arabic.xml")))).hasSize(2)
                .allMatch(SourceItem::ok);
        assertThat(Fixtures.read(write("page", Fixtures.text("html/news-article.html"))).get(0).document().date())
                .isEqualTo(LocalDate.of(2026, 3, 17));
        String saved = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n"
                + "<p>وصل الوفد إلى العاصمة صباح اليوم لإجراء محادثات مع المسؤولين.</p>";
        Document d = Fixtures.read(write("saved.response", saved.getBytes(Charset.forName("windows-1256"))))
                .get(0).document();
        assertThat(d.text()).isEqualTo("وصل الوفد إلى العاصمة صباح اليوم لإجراء محادثات مع المسؤولين.");
    }

    @Test
    void aMissingPathIsAFailureNotAnException() {
        assertThat(Fixtures.read(tmp.resolve("nope"))).singleElement()
                .extracting(SourceItem::error).isEqualTo("no such file or directory");
    }

    @Test
    void aFailingSinkPropagates() throws IOException {
        Path f = write("a.jsonl", "{\"text\": \"أ\"}\n");
        assertThatThrownBy(() -> new DocumentReader().read(f, i -> {
            throw new IllegalStateException("store is down");
        })).hasMessage("store is down");
    }

    @Test
    void limitsAreValidatedWithTheKeyNamed() {
        assertThatThrownBy(() -> IngestLimits.DEFAULTS.withMaxLineChars(0)).hasMessageContaining("maxLineChars");
    }
}
