package org.rasd.ner;

import java.util.List;
import org.rasd.model.EntityMention;
import org.rasd.model.Sentence;

/** The entity stage: finds and links named entities. Thread-safe, pure. */
public interface EntityFinder {
    /** Entities of {@code text}, whose sentences (with tokens) are given; spans are offsets into {@code text}. */
    List<EntityMention> find(String text, List<Sentence> sentences);
}
