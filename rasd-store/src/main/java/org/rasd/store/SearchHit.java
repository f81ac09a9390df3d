package org.rasd.store;

import java.util.List;
import org.rasd.model.Span;

/**
 * A document found by full-text search.
 *
 * @param id         document id
 * @param title      title, or {@code null}
 * @param date       publication date YYYY-MM-DD, or {@code null}
 * @param snippet    a passage of the text (plain text, never markup)
 * @param highlights the matched words, as spans into {@code snippet}
 * @param score      relevance (0 when results are sorted by date)
 */
public record SearchHit(String id, String title, String date, String snippet, List<Span> highlights, float score) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
