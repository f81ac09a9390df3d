package org.rasd.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.rasd.model.Document;

/**
 * Reads documents from files, directories (recursively) or streams: plain text, JSON Lines, HTML news pages and
 * RSS/Atom feeds, in UTF-8, UTF-16, windows-1256 or ISO-8859-6. Every input yields documents or failures with a
 * one-line reason, handed to a sink as {@link SourceItem}s; bad input never throws and nothing is truncated
 * (see {@link IngestLimits}). For HTML the document text is the extracted article text (see {@link HtmlArticle}).
 */
public final class DocumentReader {
    private final IngestLimits limits;
    private final HtmlArticleExtractor html;
    private final FeedParser feeds;
    private final JsonlReader jsonl;

    /** A reader with {@link IngestLimits#DEFAULTS}. */
    public DocumentReader() {
        this(IngestLimits.DEFAULTS);
    }

    public DocumentReader(IngestLimits limits) {
        this.limits = limits;
        this.html = new HtmlArticleExtractor(limits.maxHtmlDepth());
        this.feeds = new FeedParser(html, limits.maxFeedItems());
        this.jsonl = new JsonlReader(limits);
    }

    public IngestLimits limits() {
        return limits;
    }

    /** Reads {@code path} and hands every document or failure to {@code sink}; never throws for bad input. */
    public void read(Path path, Consumer<SourceItem> sink) {
        if (Files.isDirectory(path)) {
            List<Path> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException | RuntimeException e) {
                sink.accept(SourceItem.failed(path.toString(), "cannot list directory: " + e.getMessage()));
            }
            for (Path f : files) {
                readFile(f, path.relativize(f).toString().replace('\\', '/'), sink);
            }
        } else if (Files.isRegularFile(path)) {
            readFile(path, path.getFileName().toString(), sink);
        } else {
            sink.accept(SourceItem.failed(path.toString(), "no such file or directory"));
        }
    }

    /**
     * Reads JSON Lines from a stream (stdin, an upload) whatever its name: one document or failure per line, in
     * order, streamed in flat memory. Does not close {@code in}. Never throws for bad input.
     */
    public void readJsonl(String name, InputStream in, Consumer<SourceItem> sink) {
        jsonl.read(in, name, name, sink);
    }

    /**
     * Reads one input from a stream (an upload, say) named {@code name}; the name's extension picks the format as
     * for files. Does not close {@code in}. Never throws for bad input.
     */
    public void read(String name, InputStream in, Consumer<SourceItem> sink) {
        if (Format.byName(name) == Format.JSONL) {
            jsonl.read(in, name, name, sink);
            return;
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
        } catch (IOException e) {
            sink.accept(SourceItem.failed(name, "cannot read: " + e.getMessage()));
            return;
        }
        if (bytes.length > limits.maxInputBytes()) {
            sink.accept(SourceItem.failed(name, "input is over the limit of " + limits.maxInputBytes()
                    + " bytes (maxInputBytes)"));
            return;
        }
        emitAll(readBytes(name, name, bytes), sink);
    }

    private void readFile(Path file, String id, Consumer<SourceItem> sink) {
        String origin = file.toString();
        if (Format.byName(id) == Format.JSONL) {
            try (InputStream in = Files.newInputStream(file)) {
                jsonl.read(in, id, origin, sink);
            } catch (IOException e) {
                sink.accept(SourceItem.failed(origin, "cannot read: " + e.getMessage()));
            }
            return;
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxInputBytes()) {
                sink.accept(SourceItem.failed(origin, "file has " + size + " bytes, over the limit of "
                        + limits.maxInputBytes() + " (maxInputBytes)"));
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            sink.accept(SourceItem.failed(origin, "cannot read: " + e.getMessage()));
            return;
        }
        emitAll(readBytes(id, origin, bytes), sink);
    }

    private static void emitAll(List<SourceItem> items, Consumer<SourceItem> sink) {
        for (SourceItem item : items) {
            sink.accept(item); // outside any catch: a failing sink is the caller's error, not bad input
        }
    }

    /** Everything in one whole input; never throws. */
    List<SourceItem> readBytes(String id, String origin, byte[] bytes) {
        List<SourceItem> out = new ArrayList<>();
        try {
            readWhole(id, origin, bytes, out);
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not take the whole ingest down; the fuzz tests keep this path unused.
            out.add(SourceItem.failed(origin, "internal error while reading: " + e));
        }
        return out;
    }

    private void readWhole(String id, String origin, byte[] bytes, List<SourceItem> out) {
        if (bytes.length == 0) {
            out.add(SourceItem.failed(origin, "empty input"));
            return;
        }
        int body = DeclaredCharset.bodyStart(bytes);
        String contentType = DeclaredCharset.headerContentType(bytes, body);
        Format format = Format.byName(id);
        boolean markup = format == Format.HTML || format == Format.FEED
                || contentType != null && (contentType.contains("html") || contentType.contains("xml"));
        CharsetDetection.Decoded decoded =
                CharsetDetection.decode(bytes, body, DeclaredCharset.find(bytes, body), markup);
        if (!decoded.ok()) {
            out.add(SourceItem.failed(origin, decoded.error()));
            return;
        }
        String text = decoded.text();
        if (text.isBlank()) {
            out.add(SourceItem.failed(origin, "no text (input is only white space)"));
            return;
        }
        switch (Format.resolve(format, contentType, text)) {
            case HTML -> readHtml(id, origin, text, out);
            case FEED -> readFeed(id, origin, text, out);
            case JSONL -> jsonl.read(new ByteArrayInputStream(bytes, body, bytes.length - body), id, origin,
                    out::add);
            default -> out.add(checked(origin, new Document(id, text, null, null, null, id)));
        }
    }

    private void readHtml(String id, String origin, String page, List<SourceItem> out) {
        HtmlArticle a = html.extract(page);
        if (a.text().isBlank()) {
            out.add(SourceItem.failed(origin, "no article text found in the HTML"));
            return;
        }
        out.add(checked(origin, new Document(id, a.text(), a.date(), a.title(), a.url(),
                a.site() != null ? a.site() : id)));
    }

    private void readFeed(String id, String origin, String xml, List<SourceItem> out) {
        int[] n = {0};
        String error = feeds.parse(xml, item -> {
            n[0]++;
            String at = origin + "#" + n[0];
            if (item.text().isBlank()) {
                out.add(SourceItem.failed(at, "feed item " + n[0] + " has no text"));
            } else {
                String docId = item.id() != null ? item.id() : id + "#" + n[0];
                out.add(checked(at, new Document(docId, item.text(), item.date(), item.title(), item.link(), id)));
            }
        });
        if (error != null) {
            out.add(SourceItem.failed(origin, error));
        } else if (n[0] == 0) {
            out.add(SourceItem.failed(origin, "feed has no items"));
        }
    }

    private SourceItem checked(String origin, Document doc) {
        String violation = limits.violation(doc.text());
        return violation == null ? SourceItem.ok(origin, doc) : SourceItem.failed(origin, violation);
    }

    /** Input formats, chosen by file extension, then by a declared content type, then by the content. */
    enum Format {
        TEXT, JSONL, HTML, FEED, UNKNOWN;

        static Format byName(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
                return JSONL;
            }
            if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
                return HTML;
            }
            if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".rdf")) {
                return FEED;
            }
            if (n.endsWith(".txt") || n.endsWith(".text") || n.endsWith(".md")) {
                return TEXT;
            }
            return UNKNOWN;
        }

        static Format resolve(Format byName, String contentType, String text) {
            if (byName != UNKNOWN) {
                return byName;
            }
            if (contentType != null) {
                if (contentType.contains("html")) {
                    return HTML;
                }
                if (contentType.contains("xml")) {
                    return FEED;
                }
                return TEXT;
            }
            String head = text.stripLeading();
            head = head.substring(0, Math.min(head.length(), 2048)).toLowerCase(Locale.ROOT);
            if (head.startsWith("<") && FeedParser.looksLikeFeed(head)) {
                return FEED;
            }
            if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")) {
                return HTML;
            }
            if (head.startsWith("{")) {
                return JSONL;
            }
            return TEXT;
        }
    }
}
