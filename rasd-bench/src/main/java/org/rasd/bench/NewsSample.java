package org.rasd.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark input: the first N articles (title + text) of the news sample, which is already in a
 * fixed shuffled order, so every run reads the same texts. Location: system property {@code rasd.news},
 * else {@code ../shared/data/news/ant-2018-arabic-news.jsonl} relative to the working directory.
 */
public final class NewsSample {
    public static final String DEFAULT_PATH = "../shared/data/news/ant-2018-arabic-news.jsonl";

    private NewsSample() {
    }

    public static Path path() {
        Path p = Path.of(System.getProperty("rasd.news", DEFAULT_PATH));
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("news sample not found at " + p.toAbsolutePath()
                    + "; run from the repo root next to ../shared, or pass -Drasd.news=FILE");
        }
        return p;
    }

    /** The first {@code n} articles as "title\n\ntext" strings. */
    public static List<String> articles(int n) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = Files.newBufferedReader(path(), StandardCharsets.UTF_8)) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                JsonNode o = json.readTree(line);
                out.add(o.path("title").asText("") + "\n\n" + o.path("text").asText(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Total UTF-8 size of the texts, in bytes. */
    public static long utf8Bytes(List<String> texts) {
        long b = 0;
        for (String t : texts) {
            b += t.getBytes(StandardCharsets.UTF_8).length;
        }
        return b;
    }
}
