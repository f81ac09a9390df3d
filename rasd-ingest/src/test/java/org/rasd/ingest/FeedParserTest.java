package org.rasd.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private List<FeedItem> parse(String xml, List<String> errors) {
        return parser.parseAll(xml, errors);
    }

    @Test
    void readsRss2ItemsWithHtmlStrippedAndEveryDateFormat() {
        List<String> errors = new ArrayList<>();
        List<FeedItem> items = parse(Fixtures.text("feeds/rss2-arabic.xml"), errors);
        assertThat(errors).isEmpty();
        assertThat(items).hasSize(4);
        FeedItem first = items.get(0);
        assertThat(first.id()).isEqualTo("news-1001");
        assertThat(first.title()).isEqualTo("مجلس الأمن يعقد جلسة طارئة بشأن اليمن");
        assertThat(first.link()).isEqualTo("https://example.org/news/1001");
        assertThat(first.date()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(first.text()).isEqualTo("عقد مجلس الأمن الدولي جلسة طارئة لبحث التصعيد العسكري في اليمن.\n"
                + "ودعا الأعضاء إلى وقف فوري لإطلاق النار.");
        FeedItem second = items.get(1);
        assertThat(second.id()).isEqualTo("https://example.org/news/1002"); // no guid: the link
        assertThat(second.date()).isEqualTo(LocalDate.of(2026, 3, 18)); // Arabic month name
        assertThat(second.text()).startsWith("وقعت الجزائر وتونس").doesNotContain("track()", "ملخص قصير");
        assertThat(items.get(2).date()).isEqualTo(LocalDate.of(2026, 3, 19)); // dc:date
        assertThat(items.get(2).text()).contains("الكهرباء & تحسين");
        assertThat(items.get(3).date()).isEqualTo(LocalDate.of(2026, 1, 20)); // كانون الثاني, Arabic-Indic digits
    }

    @Test
    void readsAtomEntries() {
        List<String> errors = new ArrayList<>();
        List<FeedItem> items = parse(Fixtures.text("feeds/atom-arabic.xml"), errors);
        assertThat(errors).isEmpty();
        assertThat(items).extracting(FeedItem::id).containsExactly("tag:example.org,2026:a1", "tag:example.org,2026:a2");
        assertThat(items.get(0).title()).isEqualTo("المغرب يطلق برنامجا لدعم الفلاحين");
        assertThat(items.get(0).link()).isEqualTo("https://example.org/a/1");
        assertThat(items.get(0).date()).isEqualTo(LocalDate.of(2026, 6, 1)); // published wins over updated
        assertThat(items.get(1).date()).isEqualTo(LocalDate.of(2026, 5, 31)); // the day as written, not UTC
        assertThat(items.get(1).text()).isEqualTo("أعلنت وزارة البترول المصرية عن اكتشاف غازي جديد قبالة السواحل الشمالية.");
    }

    @Test
    void billionLaughsFailsFastWithAReason() {
        List<String> errors = new ArrayList<>();
        List<FeedItem> items = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> parse(Fixtures.text("hostile/billion-laughs.xml"), errors));
        assertThat(items).isEmpty();
        assertThat(errors).singleElement().asString().contains("lol9");
    }

    @Test
    void xxeReadsNoFileAndOpensNoConnection(@TempDir Path tmp) throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String http = "http://127.0.0.1:" + server.getLocalPort();
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                try {
                    server.setSoTimeout(200);
                    while (!server.isClosed()) {
                        try (Socket s = server.accept()) {
                            connections.incrementAndGet();
                        } catch (SocketTimeoutException e) {
                            // keep listening until the test closes the socket
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            listener.start();
            String[] feeds = {
                // external general entity: a local file
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                        + "<rss><channel><item><title>t</title><description>a &xxe; b</description></item></channel></rss>",
                // external general entity: an http URL
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + http + "/entity\">]>"
                        + "<rss><channel><item><description>a &xxe; b</description></item></channel></rss>",
                // external parameter entity (the out-of-band exfiltration form)
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + http + "/param\"> %p;]>"
                        + "<rss><channel><item><description>text of the item</description></item></channel></rss>",
                // external DTD subset
                "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + http + "/feed.dtd\">"
                        + "<rss><channel><item><description>text of the item</description></item></channel></rss>",
                // XInclude
                "<rss xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel><item><description>"
                        + "<xi:include href=\"" + secret.toUri() + "\" parse=\"text\"/></description></item></channel></rss>",
            };
            List<String> seen = new ArrayList<>();
            for (String feed : feeds) {
                List<String> errors = new ArrayList<>();
                List<FeedItem> items = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(feed, errors));
                items.forEach(i -> seen.add(i.text() + " " + i.title()));
                seen.addAll(errors);
            }
            // Also through the reader, from a file, as `rasd ingest` reads it.
            Path file = tmp.resolve("xxe.xml");
            Files.writeString(file, feeds[0]);
            Fixtures.read(file).forEach(i -> seen.add(String.valueOf(i.document()) + " " + i.error()));
            Thread.sleep(300); // give a connection attempt the time to arrive
            server.close();
            listener.join(2000);
            assertThat(String.join("\n", seen)).doesNotContain("TOP-SECRET-CONTENT");
            assertThat(connections.get()).as("connections to the local server").isZero();
            assertThat(seen).anyMatch(s -> s.contains("xxe")); // the entity use is reported, not silently dropped
        }
    }

    @Test
    void xxeOnTheLocalPasswordFileLeaksNothing() {
        List<String> errors = new ArrayList<>();
        List<FeedItem> items = parse(Fixtures.text("hostile/xxe-file.xml"), errors);
        assertThat(items).isEmpty();
        assertThat(errors).singleElement().asString().contains("xxe").doesNotContain("root:");
    }

    @Test
    void htmlNamedEntitiesThatXmlLacksDoNotFailTheFeed() {
        String xml = "<rss><channel><item><title>عاجل&nbsp;&mdash; بيان</title><description>قال&hellip; "
                + "&rsquo;نعم&rsquo; &amp; &#1604;&lt;</description></item></channel></rss>";
        List<String> errors = new ArrayList<>();
        List<FeedItem> items = parse(xml, errors);
        assertThat(errors).isEmpty();
        assertThat(items.get(0).title()).isEqualTo("عاجل \u2014 بيان"); // nbsp collapses to a space
        assertThat(items.get(0).text()).isEqualTo("قال\u2026 \u2019نعم\u2019 & ل<");
        // A made-up name is still an undeclared entity: no DTD, no expansion.
        errors.clear();
        parse("<rss><channel><item><description>&lol9;</description></item></channel></rss>", errors);
        assertThat(errors).singleElement().asString().contains("lol9");
    }

    @Test
    void aDoctypeWithoutEntityUseStillParses() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel><item>"
                + "<title>عنوان</title><description>نص الخبر</description></item></channel></rss>";
        List<String> errors = new ArrayList<>();
        assertThat(parse(xml, errors)).extracting(FeedItem::text).containsExactly("نص الخبر");
        assertThat(errors).isEmpty();
    }

    @Test
    void reportsNonFeedsTruncatedFeedsAndTooManyItems() {
        List<String> errors = new ArrayList<>();
        parse("<html><body>x</body></html>", errors);
        assertThat(errors).singleElement().asString().contains("root element <html>");
        errors.clear();
        List<FeedItem> items = parse("<rss><channel><item><description>واحد</description></item><item><descr", errors);
        assertThat(items).hasSize(1);
        assertThat(errors).singleElement().asString().contains("after item 1");
        errors.clear();
        new FeedParser(new HtmlArticleExtractor(), 2).parseAll(
                "<rss><channel>" + "<item><description>x</description></item>".repeat(3) + "</channel></rss>", errors);
        assertThat(errors).singleElement().asString().contains("maxFeedItems");
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        String xml = "<rss><channel><item><description>" + "<a>".repeat(5000) + "x" + "</a>".repeat(5000)
                + "</description></item></channel></rss>";
        List<String> errors = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(xml, errors));
        assertThat(errors).singleElement().asString().containsIgnoringCase("depth");
    }

    @Test
    void readsAWindows1256FeedThroughTheReader(@TempDir Path tmp) throws IOException {
        String xml = Fixtures.text("feeds/rss2-arabic.xml").replace("encoding=\"UTF-8\"", "encoding=\"windows-1256\"");
        Path f = tmp.resolve("feed.rss");
        Files.write(f, xml.getBytes(java.nio.charset.Charset.forName("windows-1256")));
        List<SourceItem> read = Fixtures.read(f);
        assertThat(read).hasSize(4).allMatch(SourceItem::ok);
        assertThat(read.get(0).origin()).endsWith("feed.rss#1");
        assertThat(read.get(0).document().text()).startsWith("عقد مجلس الأمن الدولي");
        assertThat(read.get(0).document().url()).isEqualTo("https://example.org/news/1001");
        assertThat(new String(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(xml);
    }
}
