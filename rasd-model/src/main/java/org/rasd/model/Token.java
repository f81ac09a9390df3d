package org.rasd.model;

import java.util.List;
import java.util.Objects;

/**
 * A token: a maximal run of letters and digits, or one punctuation mark, as it stands in the text;
 * split into its words (clitics and stem). The words' spans tile the token's span.
 *
 * @param span  where the token is in the original text
 * @param text  the surface form
 * @param norm  the normalized form of the whole token
 * @param words the words of the token, in order
 */
public record Token(Span span, String text, String norm, List<Word> words) {
    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        words = List.copyOf(words);
    }

    /** The stem word of the token, or the token's only word. */
    public Word stem() {
        for (Word w : words) {
            if (w.kind() == WordKind.STEM) {
                return w;
            }
        }
        return words.isEmpty() ? new Word(span, text, norm, WordKind.STEM) : words.get(words.size() - 1);
    }
}
