package org.rasd.model;

import java.util.Objects;

/**
 * An event participant (actor or recipient) as it is mentioned in the sentence.
 *
 * @param span  the mention's span in the original text (for an elided or pronoun subject, the span of the
 *              mention it was resolved to)
 * @param text  the surface text
 * @param actor who it is; {@code name} may be a generic description when not linked to a named actor
 */
public record ActorMention(Span span, String text, Actor actor) {
    public ActorMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actor, "actor");
    }
}
