package org.rasd.model;

import java.util.List;
import java.util.Objects;

/** A document with everything the pipeline found in it. */
public record AnalyzedDocument(Document document, List<Sentence> sentences, List<EntityMention> entities,
                               List<Event> events) {
    public AnalyzedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
