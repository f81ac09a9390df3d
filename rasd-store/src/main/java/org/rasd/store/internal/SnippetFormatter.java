package org.rasd.store.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.rasd.model.Span;

/**
 * Formats highlighted passages as plain text plus the spans of the matched words, so no markup from the
 * documents ever reaches a page unescaped.
 */
final class SnippetFormatter extends PassageFormatter {
    /** A snippet: plain text and the spans of its matched words. */
    record Snippet(String text, List<Span> marks) {
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Span> marks = new ArrayList<>();
        for (Passage p : passages) {
            if (text.length() > 0) {
                text.append(" … ");
            }
            int base = text.length() - p.getStartOffset();
            text.append(content, p.getStartOffset(), p.getEndOffset());
            int lastEnd = -1;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (s >= lastEnd) {
                    marks.add(new Span(base + s, base + e));
                    lastEnd = e;
                }
            }
        }
        return new Snippet(text.toString().strip().isEmpty() ? "" : text.toString(), marks);
    }

    /** The start of a text, cut at a word boundary near {@code chars}, when there is nothing to highlight. */
    static Snippet lead(String text, int chars) {
        if (text == null) {
            return new Snippet("", List.of());
        }
        if (text.length() <= chars) {
            return new Snippet(text, List.of());
        }
        int cut = text.lastIndexOf(' ', chars);
        return new Snippet(text.substring(0, cut > chars / 2 ? cut : chars) + " …", List.of());
    }
}
