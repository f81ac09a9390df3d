package org.rasd.model;

import java.util.Objects;

/**
 * A named entity found in a document.
 *
 * @param span       exact span in the original text, clitics excluded (وسوريا -> سوريا)
 * @param text       the surface text of the span
 * @param type       entity class
 * @param sentence   index of the sentence it is in
 * @param actor      who it is, or {@code null} when it could not be linked
 * @param place      where it is, for places found in the gazetteer, or {@code null}
 * @param confidence in [0, 1]
 */
public record EntityMention(Span span, String text, EntityType type, int sentence, Actor actor, Place place,
                            double confidence) {
    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }
}
