package org.rasd.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a document, with its tokens.
 *
 * @param index  position of the sentence in the document, from 0
 * @param span   where the sentence is in the original text (trimmed of surrounding white space)
 * @param tokens the sentence's tokens, in order
 */
public record Sentence(int index, Span span, List<Token> tokens) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }
}
