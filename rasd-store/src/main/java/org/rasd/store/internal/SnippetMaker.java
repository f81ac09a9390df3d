package org.rasd.store.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.rasd.model.Span;

/**
 * Snippets from the offsets indexed with the postings: the matched words of one document are read straight
 * from the index, and a window of the stored text around the first match in the text (not the title) is cut at
 * word boundaries. Far cheaper than a general highlighter, which re-scored passages and cost most of a search.
 */
final class SnippetMaker {
    /** A snippet: plain text and the spans of its matched words. */
    record Snippet(String text, List<Span> marks) {
    }

    private final Set<Term> terms = new HashSet<>();
    private final int chars;

    SnippetMaker(Query query, int chars) {
        this.chars = chars;
        query.visit(QueryVisitor.termCollector(terms));
        terms.removeIf(t -> !IndexDocument.BODY.equals(t.field()));
    }

    /** The query terms' postings in one segment; ask for documents in increasing order. */
    Leaf leaf(LeafReader reader) throws IOException {
        List<PostingsEnum> postings = new ArrayList<>();
        for (Term t : terms) {
            PostingsEnum p = reader.postings(t, PostingsEnum.OFFSETS);
            if (p != null) {
                postings.add(p);
            }
        }
        return new Leaf(postings);
    }

    /** Snippets of one segment's documents. */
    final class Leaf {
        private final List<PostingsEnum> postings;

        private Leaf(List<PostingsEnum> postings) {
            this.postings = postings;
        }

        /** The snippet of {@code body} (document {@code doc}), whose text starts at {@code textStart}. */
        Snippet make(int doc, Utf16Text body, int textStart) throws IOException {
            return snippet(matches(doc, textStart), body, textStart);
        }

        private List<int[]> matches(int doc, int textStart) throws IOException {
            List<int[]> matches = new ArrayList<>();
            for (PostingsEnum p : postings) {
                if (p.docID() < doc) {
                    p.advance(doc);
                }
                if (p.docID() != doc) {
                    continue;
                }
                for (int i = 0; i < p.freq(); i++) {
                    p.nextPosition();
                    if (p.startOffset() >= textStart) {
                        matches.add(new int[] {p.startOffset(), p.endOffset()});
                    }
                }
            }
            return matches;
        }
    }

    private Snippet snippet(List<int[]> matches, Utf16Text body, int textStart) {
        matches.sort((a, b) -> Integer.compare(a[0], b[0]));
        int first = matches.isEmpty() ? textStart : matches.get(0)[0];
        int from = first - textStart <= chars / 3 ? textStart : wordStart(body, first - chars / 3, textStart);
        int to = wordEnd(body, from + chars, body.length());
        StringBuilder text = new StringBuilder();
        if (from > textStart) {
            text.append("… ");
        }
        int base = text.length() - from;
        text.append(body.substring(from, to));
        List<Span> marks = new ArrayList<>();
        int lastEnd = -1;
        for (int[] m : matches) {
            if (m[0] >= from && m[1] <= to && m[0] >= lastEnd) {
                marks.add(new Span(base + m[0], base + m[1]));
                lastEnd = m[1];
            }
        }
        if (to < body.length()) {
            text.append(" …");
        }
        // Line breaks become spaces (same length, so the marks stay right).
        return new Snippet(text.toString().replace('\n', ' '), marks);
    }

    private static int wordStart(Utf16Text s, int at, int min) {
        int space = s.lastIndexOf(' ', at, Math.max(min, at - 40));
        return space < 0 ? Math.max(at, min) : space + 1;
    }

    private static int wordEnd(Utf16Text s, int at, int max) {
        if (at >= max) {
            return max;
        }
        int space = s.indexOf(' ', at, Math.min(max, at + 40));
        return space < 0 ? at : space;
    }
}
