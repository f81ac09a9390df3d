package org.rasd.ingest;

import org.rasd.model.Document;

/**
 * One thing read from an input: a document, or the reason an input (or a part of it, such as one JSONL line
 * or one feed item) could not be read. Errors are data, never exceptions.
 *
 * @param origin   where it came from: a path, with {@code :LINE} for a JSONL line or {@code #N} for a feed item
 * @param document the document, or {@code null} on failure
 * @param error    one-line reason of the failure, or {@code null}
 * @param id       the document's id when known: the document's own, or the id a failed input gave (a JSONL line
 *                 with an id but a bad date, say); {@code null} when unknown
 */
public record SourceItem(String origin, Document document, String error, String id) {
    public SourceItem {
        if ((document == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of document and error must be given");
        }
    }

    public static SourceItem ok(String origin, Document document) {
        return new SourceItem(origin, document, null, document.id());
    }

    public static SourceItem failed(String origin, String error) {
        return new SourceItem(origin, null, error, null);
    }

    /** A failure of an input that named its document {@code id}. */
    public static SourceItem failed(String origin, String id, String error) {
        return new SourceItem(origin, null, error, id);
    }

    public boolean ok() {
        return error == null;
    }
}
