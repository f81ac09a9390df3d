package org.rasd.ner;

import java.util.Objects;
import org.rasd.model.Actor;
import org.rasd.model.EntityType;
import org.rasd.model.Place;
import org.rasd.model.Span;

/**
 * A lexicon match in a sentence: a known actor or place, named (الأمم المتحدة), described by an adjective
 * (سعودي، أممية) or by an institution of a country (الحكومة السورية).
 *
 * @param span       exact span in the original text, leading clitics excluded (وسوريا -> سوريا)
 * @param text       the surface text of the span
 * @param type       the entity class a mention of it gets
 * @param actor      who it is; for a place, the place as an actor without sector (country = its country)
 * @param place      the gazetteer place, for places; {@code null} otherwise
 * @param kind       how it was named
 * @param firstToken index of the first token of the match in the sentence
 * @param endToken   index after the last token of the match
 */
public record ActorMatch(Span span, String text, EntityType type, Actor actor, Place place, Kind kind,
                         int firstToken, int endToken) {
    /** How a match names its actor. */
    public enum Kind {
        /** A proper name from the lexicon or gazetteer. */
        NAME,
        /** A nationality or membership adjective: سعودي، الأمريكية، أممية. */
        ADJECTIVE,
        /** A state institution or office completed by its country: الحكومة السورية، وزير الخارجية الأمريكي. */
        INSTITUTION
    }

    public ActorMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
    }
}
