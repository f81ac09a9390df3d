package org.rasd.model;

import java.util.Objects;

/** An event location as mentioned in the sentence, with its gazetteer entry. */
public record PlaceMention(Span span, String text, Place place) {
    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
    }
}
