package org.rasd.events;

import java.util.List;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;

/** The event stage: codes PLOVER events from a document's sentences and entities. Thread-safe, pure. */
public interface EventCoder {
    List<Event> code(Document document, List<Sentence> sentences, List<EntityMention> entities);
}
