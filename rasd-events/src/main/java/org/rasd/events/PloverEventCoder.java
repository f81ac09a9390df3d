package org.rasd.events;

import java.util.List;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;

/** PLACEHOLDER until the event coder lands: codes nothing. */
public final class PloverEventCoder implements EventCoder {
    public static PloverEventCoder loadDefault() {
        return new PloverEventCoder();
    }

    @Override
    public List<Event> code(Document document, List<Sentence> sentences, List<EntityMention> entities) {
        return List.of();
    }
}
