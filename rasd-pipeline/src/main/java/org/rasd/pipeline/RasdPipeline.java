package org.rasd.pipeline;

import java.util.List;
import java.util.Objects;
import org.rasd.events.EventCoder;
import org.rasd.events.PloverEventCoder;
import org.rasd.model.AnalyzedDocument;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;
import org.rasd.ner.EntityFinder;
import org.rasd.ner.EntityRecognizer;
import org.rasd.text.ArabicTextAnalyzer;
import org.rasd.text.TextAnalyzer;

/**
 * The analysis pipeline: text -> entities -> events, each stage a pure function over the records the
 * previous stages produced. Thread-safe; build once, share.
 */
public final class RasdPipeline {
    private final TextAnalyzer text;
    private final EntityFinder entities;
    private final EventCoder events;

    public RasdPipeline(TextAnalyzer text, EntityFinder entities, EventCoder events) {
        this.text = Objects.requireNonNull(text, "text");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The pipeline with the bundled lexicons and models. */
    public static RasdPipeline loadDefault() {
        return new RasdPipeline(ArabicTextAnalyzer.loadDefault(), EntityRecognizer.loadDefault(),
                PloverEventCoder.loadDefault());
    }

    public AnalyzedDocument analyze(Document document) {
        List<Sentence> sentences = text.analyze(document.text());
        List<EntityMention> found = entities.find(document.text(), sentences);
        List<Event> coded = events.code(document, sentences, found);
        return new AnalyzedDocument(document, sentences, found, coded);
    }
}
