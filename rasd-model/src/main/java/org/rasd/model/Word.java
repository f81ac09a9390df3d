package org.rasd.model;

import java.util.Objects;

/**
 * A syntactic word: a surface substring of a token (a clitic, a stem, a number or a punctuation mark).
 *
 * @param span where the word is in the original text
 * @param text the surface form, exactly as in the original text
 * @param norm the normalized form used for matching (see the text layer's normalizer)
 * @param kind what the word is
 */
public record Word(Span span, String text, String norm, WordKind kind) {
    public Word {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(kind, "kind");
    }
}
