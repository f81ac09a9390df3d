package org.rasd.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the parsers: charset detection, HTML extraction, feeds, JSONL, dates and the whole reader on mutated
 * fixtures. Beyond "no exception escapes": decoded text re-encodes to exactly the input bytes (nothing corrupted),
 * HTML segments stay inside the extracted text and in order, every non-blank JSONL line yields exactly one item,
 * and every document the reader produces respects the limits.
 */
class ParserFuzzTest {
    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, CharsetDetection.WINDOWS_1256, CharsetDetection.ISO_8859_6};

    @Test
    void charsetDetectionNeverCorruptsWhatItDecodes() {
        FuzzInputs in = new FuzzInputs(11, FuzzRun.seeds());
        FuzzRun.run("parse/charset", FuzzInputs.count(2500), () -> {
            int k = in.random().nextInt(3);
            if (k == 0) {
                return in.bytes(300);
            }
            Charset cs = ENCODINGS[in.random().nextInt(ENCODINGS.length)];
            String t = in.text(300);
            byte[] b = cs.newEncoder().canEncode(t) ? t.getBytes(cs) : t.getBytes(StandardCharsets.UTF_8);
            if (cs.name().startsWith("UTF-16")) {
                b = concat(cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                        : new byte[] {(byte) 0xFE, (byte) 0xFF}, b);
            }
            return k == 1 ? b : in.mutate(b, 1 + in.random().nextInt(4));
        }, b -> Arrays.toString(Arrays.copyOf(b, Math.min(b.length, 60))), b -> {
            CharsetDetection.Decoded d = CharsetDetection.decode(b, 0);
            if (d.ok() == (d.error() != null)) {
                return "result is neither text nor error";
            }
            if (!d.ok()) {
                return null;
            }
            byte[] again = d.text().getBytes(Charset.forName(d.charset()));
            byte[] body = Arrays.copyOfRange(b, d.basis().equals("byte-order mark")
                    ? (d.charset().equals("UTF-8") ? 3 : 2) : 0, b.length);
            return Arrays.equals(again, body) ? null : "decoded text does not re-encode to the input in " + d.charset();
        });
    }

    @Test
    void htmlExtractionKeepsSegmentsInsideTheText() {
        FuzzInputs in = new FuzzInputs(12, FuzzRun.seeds());
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        FuzzRun.run("parse/html", FuzzInputs.count(1500), () -> in.random().nextInt(4) == 0
                ? in.mutate(Fixtures.text("html/news-article.html"), 1 + in.random().nextInt(10))
                : in.html(1 + in.random().nextInt(80)), FuzzInputs::show, html -> {
            HtmlArticle a = extractor.extract(html);
            int prev = 0;
            for (HtmlArticle.Segment s : a.segments()) {
                if (s.textStart() < prev || s.textEnd() < s.textStart() || s.textEnd() > a.text().length()) {
                    return "segment " + s + " invalid (previous end " + prev + ", text " + a.text().length() + ")";
                }
                if (s.sourceStart() > s.sourceEnd() || s.sourceEnd() > html.length()) {
                    return "segment " + s + " points outside the HTML of length " + html.length();
                }
                prev = s.textEnd();
            }
            return null;
        });
    }

    @Test
    void feedParsingEndsWithItemsOrAReason() {
        FuzzInputs in = new FuzzInputs(13, FuzzRun.seeds());
        FeedParser parser = new FeedParser();
        FuzzRun.run("parse/feed", FuzzInputs.count(1500), () -> in.random().nextInt(4) == 0
                ? in.mutate(Fixtures.text(in.random().nextBoolean() ? "feeds/rss2-arabic.xml"
                        : "feeds/atom-arabic.xml"), 1 + in.random().nextInt(6))
                : in.feed(), FuzzInputs::show, xml -> {
            List<FeedItem> items = new ArrayList<>();
            String error = parser.parse(xml, items::add);
            if (error != null && error.isBlank()) {
                return "blank error";
            }
            for (FeedItem i : items) {
                if (i.text() == null) {
                    return "item without text";
                }
            }
            return null;
        });
    }

    @Test
    void jsonlGivesOneItemPerNonBlankLine() {
        FuzzInputs in = new FuzzInputs(14, FuzzRun.seeds());
        DocumentReader reader = new DocumentReader();
        FuzzRun.run("parse/jsonl-line", FuzzInputs.count(2500), in::jsonlLine,
                b -> new String(b, StandardCharsets.UTF_8), line -> {
            byte[] input = concat(concat("{\"id\": \"before\", \"text\": \"قبل\"}\n".getBytes(StandardCharsets.UTF_8),
                    line), "\n{\"id\": \"after\", \"text\": \"بعد\"}\n".getBytes(StandardCharsets.UTF_8));
            List<SourceItem> items = new ArrayList<>();
            reader.read("fuzz.jsonl", new ByteArrayInputStream(input), items::add);
            // Lines end at LF only; a line of spaces, tabs and CRs is blank and skipped.
            long lines = Arrays.stream(new String(line, StandardCharsets.ISO_8859_1).split("\n", -1))
                    .filter(l -> !l.replaceAll("[ \t\r]", "").isEmpty()).count();
            if (items.size() != lines + 2) {
                return items.size() + " items for " + (lines + 2) + " non-blank lines";
            }
            if (!items.get(0).ok() || !items.get(items.size() - 1).ok()) {
                return "a good line next to a bad one was lost";
            }
            return limitsHold(reader, items);
        });
    }

    @Test
    void datesParseOrAreAbsent() {
        FuzzInputs in = new FuzzInputs(15, FuzzRun.seeds());
        String[] bases = {"Tue, 17 Mar 2026 22:15:00 GMT", "2026-03-17T10:00:00+03:00", "17 آذار 2026",
            "٢٠ كانون الثاني ٢٠٢٦", "10 مايو/أيار 2018", "01/05/2018", "May 1, 2018"};
        FuzzRun.run("parse/date", FuzzInputs.count(1500), () -> in.random().nextBoolean()
                ? in.mutate(bases[in.random().nextInt(bases.length)], 1 + in.random().nextInt(4))
                : in.text(60), FuzzInputs::show, s -> {
            java.time.LocalDate d = PublicationDates.parse(s);
            return d == null || d.getYear() > 0 ? null : "impossible year " + d;
        });
    }

    @Test
    void theReaderNeverFailsInternallyOnMutatedFiles() {
        FuzzInputs in = new FuzzInputs(16, FuzzRun.seeds());
        DocumentReader reader = new DocumentReader();
        String[] fixtures = {"html/news-article.html", "html/jsonld-date.html", "feeds/rss2-arabic.xml",
            "feeds/atom-arabic.xml", "hostile/mixed-encodings.jsonl", "hostile/good-windows-1256.html",
            "hostile/good-iso-8859-6.txt", "hostile/good-utf16le.txt", "hostile/billion-laughs.xml"};
        String[] names = {"page.html", "feed.xml", "docs.jsonl", "text.txt", "unknown"};
        FuzzRun.run("parse/reader", FuzzInputs.count(1000), () -> in.mutate(
                Fixtures.bytes(fixtures[in.random().nextInt(fixtures.length)]), in.random().nextInt(12)),
                b -> new String(b, StandardCharsets.UTF_8).substring(0, Math.min(b.length, 200)), b -> {
            String name = names[in.random().nextInt(names.length)];
            List<SourceItem> items = new ArrayList<>();
            reader.read(name, new ByteArrayInputStream(b), items::add);
            if (items.isEmpty()) {
                return "no item at all for " + name;
            }
            for (SourceItem i : items) {
                if (!i.ok() && (i.error().isBlank() || i.error().startsWith("internal error"))) {
                    return name + ": " + i.error();
                }
            }
            return limitsHold(reader, items);
        });
    }

    private static String limitsHold(DocumentReader reader, List<SourceItem> items) {
        for (SourceItem i : items) {
            if (i.ok() && reader.limits().violation(i.document().text()) != null) {
                return "document over a limit was produced: " + i.origin();
            }
        }
        return null;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(a.length + b.length);
        o.writeBytes(a);
        o.writeBytes(b);
        return o.toByteArray();
    }
}
