package org.rasd.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.rasd.model.Span;
import org.rasd.pipeline.ContractJson;

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

    /** The hit as the search answers print it (CLI and API alike): id, title, date, snippet, highlights, score. */
    public ObjectNode toJson() {
        ObjectNode o = ContractJson.mapper().createObjectNode().put("id", id).put("title", title).put("date", date)
                .put("snippet", snippet);
        ArrayNode marks = o.putArray("highlights");
        for (Span s : highlights) {
            marks.addArray().add(s.start()).add(s.end());
        }
        return o.put("score", score);
    }
}
