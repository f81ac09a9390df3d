package org.rasd.ingest;

/**
 * The limits a {@link DocumentReader} enforces. An input or document over a limit is reported as failed with the
 * limit named in the reason; nothing is ever truncated silently. The defaults are far above real news (the largest
 * of 16,454 articles in the shared news sample has 21,119 chars, its longest line 3,586 chars, its longest run
 * without sentence punctuation 2,215 chars) and far below what would hurt the pipeline or the heap.
 *
 * @param maxInputBytes     largest file (or stream) read as a whole: text, HTML, feed. JSONL is streamed and has no
 *                          file limit, only {@code maxJsonlLineBytes} per line
 * @param maxJsonlLineBytes largest JSONL line, in bytes; longer lines are skipped without being buffered
 * @param maxDocumentChars  largest document text (after HTML extraction or JSON decoding), in UTF-16 chars
 * @param maxLineChars      longest line of a document text, in chars
 * @param maxSentenceChars  longest run of a document text with no sentence end ({@code . ! ? ؟} or line break),
 *                          in chars: a lower bound of the longest sentence the sentence splitter can produce
 * @param maxHtmlDepth      deepest element nesting kept by the HTML parser; deeper elements are flattened by jsoup
 * @param maxFeedItems      most items read from one RSS/Atom feed
 */
public record IngestLimits(long maxInputBytes, int maxJsonlLineBytes, int maxDocumentChars, int maxLineChars,
                           int maxSentenceChars, int maxHtmlDepth, int maxFeedItems) {
    /** 32 MiB input, 8 MiB JSONL line, 1,000,000-char document, 100,000-char line, 10,000-char sentence. */
    public static final IngestLimits DEFAULTS =
            new IngestLimits(32L << 20, 8 << 20, 1_000_000, 100_000, 10_000, 512, 10_000);

    public IngestLimits {
        positive("maxInputBytes", maxInputBytes);
        positive("maxJsonlLineBytes", maxJsonlLineBytes);
        positive("maxDocumentChars", maxDocumentChars);
        positive("maxLineChars", maxLineChars);
        positive("maxSentenceChars", maxSentenceChars);
        positive("maxHtmlDepth", maxHtmlDepth);
        positive("maxFeedItems", maxFeedItems);
    }

    private static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException("ingest limit " + key + " must be positive, got " + value);
        }
    }

    public IngestLimits withMaxInputBytes(long v) {
        return new IngestLimits(v, maxJsonlLineBytes, maxDocumentChars, maxLineChars, maxSentenceChars,
                maxHtmlDepth, maxFeedItems);
    }

    public IngestLimits withMaxJsonlLineBytes(int v) {
        return new IngestLimits(maxInputBytes, v, maxDocumentChars, maxLineChars, maxSentenceChars,
                maxHtmlDepth, maxFeedItems);
    }

    public IngestLimits withMaxDocumentChars(int v) {
        return new IngestLimits(maxInputBytes, maxJsonlLineBytes, v, maxLineChars, maxSentenceChars,
                maxHtmlDepth, maxFeedItems);
    }

    public IngestLimits withMaxLineChars(int v) {
        return new IngestLimits(maxInputBytes, maxJsonlLineBytes, maxDocumentChars, v, maxSentenceChars,
                maxHtmlDepth, maxFeedItems);
    }

    public IngestLimits withMaxSentenceChars(int v) {
        return new IngestLimits(maxInputBytes, maxJsonlLineBytes, maxDocumentChars, maxLineChars, v,
                maxHtmlDepth, maxFeedItems);
    }

    /**
     * Why {@code text} breaks a text limit, or {@code null} when it does not. One pass, no allocation, so it can run
     * on every document.
     */
    public String violation(String text) {
        if (text.length() > maxDocumentChars) {
            return "document has " + text.length() + " chars, over the limit of " + maxDocumentChars
                    + " (maxDocumentChars)";
        }
        int line = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                line = 0;
                run = 0;
                continue;
            }
            line++;
            run = c == '.' || c == '!' || c == '?' || c == '\u061F' ? 0 : run + 1;
            if (line > maxLineChars) {
                return "a line is longer than " + maxLineChars + " chars (maxLineChars), at offset " + i;
            }
            if (run > maxSentenceChars) {
                return "a sentence is longer than " + maxSentenceChars + " chars (maxSentenceChars), at offset " + i;
            }
        }
        return null;
    }
}
