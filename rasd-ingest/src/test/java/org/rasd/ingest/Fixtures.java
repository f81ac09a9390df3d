package org.rasd.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test fixtures and a collecting reader, shared by the ingest tests. */
final class Fixtures {
    /** Arabic news prose written for these tests (not taken from any outlet). */
    static final String ARTICLE = """
            أعلن وزير الخارجية الأردني، اليوم الثلاثاء، أن بلاده ستستضيف اجتماعاً إقليمياً الشهر المقبل لبحث \
            الأوضاع الإنسانية في المنطقة.
            وقال الوزير في مؤتمر صحفي بالعاصمة عمّان إن الاجتماع سيضم ممثلين عن عشر دول ومنظمات دولية.
            ودعا جميع الأطراف إلى احترام القانون الدولي الإنساني، وإلى فتح المعابر أمام قوافل الإغاثة بصورة دائمة.
            ومن المتوقع أن يصدر عن الاجتماع بيان ختامي يحدد آليات التنسيق بين الدول المشاركة خلال الأشهر المقبلة.
            """;

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    static Path dir(String resourceDir) {
        try {
            return Path.of(Fixtures.class.getResource("/" + resourceDir).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SourceItem> read(DocumentReader reader, Path path) {
        List<SourceItem> out = new ArrayList<>();
        reader.read(path, out::add);
        return out;
    }

    static List<SourceItem> read(Path path) {
        return read(new DocumentReader(), path);
    }

    /** The first {@code n} texts of the shared news sample, or an empty list when ../shared is absent. */
    static List<String> newsTexts(int n) {
        Path news = Path.of(System.getProperty("rasd.shared", "../../shared"), "data/news/ant-2018-arabic-news.jsonl");
        if (!Files.isRegularFile(news)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<String> lines = Files.lines(news)) {
            lines.limit(n).forEach(l -> {
                try {
                    out.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(l).get("text").asText());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path newsFile() {
        return Path.of(System.getProperty("rasd.shared", "../../shared"), "data/news/ant-2018-arabic-news.jsonl");
    }
}
