package org.rasd.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rasd.model.Document;

/**
 * Reads documents from paths: files or directories (recursively). FIRST VERSION: UTF-8 text files and JSONL;
 * the ingest work adds encodings, HTML, RSS/Atom and limits behind this same entry point.
 */
public final class DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code path} and hands every document or failure to {@code sink}; never throws for bad input. */
    public void read(Path path, Consumer<SourceItem> sink) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> readFile(f, sink));
            } catch (IOException e) {
                sink.accept(SourceItem.failed(path.toString(), "cannot list directory: " + e.getMessage()));
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, sink);
        } else {
            sink.accept(SourceItem.failed(path.toString(), "no such file or directory"));
        }
    }

    private void readFile(Path file, Consumer<SourceItem> sink) {
        String name = file.getFileName().toString();
        try {
            if (name.endsWith(".jsonl")) {
                readJsonl(file, sink);
            } else {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                sink.accept(SourceItem.ok(file.toString(), new Document(name, text, null, null, null, name)));
            }
        } catch (IOException e) {
            sink.accept(SourceItem.failed(file.toString(), "cannot read: " + e.getMessage()));
        }
    }

    private void readJsonl(Path file, Consumer<SourceItem> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String origin = file + ":" + n;
                try {
                    JsonNode o = JSON.readTree(line);
                    if (o == null || !o.isObject() || !o.path("text").isTextual()) {
                        sink.accept(SourceItem.failed(origin, "expected an object with a string \"text\""));
                        continue;
                    }
                    String id = o.hasNonNull("id") ? o.get("id").asText() : file.getFileName() + ":" + n;
                    LocalDate date = o.hasNonNull("date") ? LocalDate.parse(o.get("date").asText()) : null;
                    sink.accept(SourceItem.ok(origin, new Document(id, o.get("text").asText(), date,
                            text(o, "title"), text(o, "url"), text(o, "source"))));
                } catch (IOException | RuntimeException e) {
                    sink.accept(SourceItem.failed(origin, "bad line: " + e.getMessage()));
                }
            }
        }
    }

    private static String text(JsonNode o, String field) {
        return o.hasNonNull(field) ? o.get(field).asText() : null;
    }
}
