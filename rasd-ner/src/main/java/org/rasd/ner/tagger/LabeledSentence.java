package org.rasd.ner.tagger;

/** A training or evaluation sentence: tokens and their gold BIO tag indices (see {@link NerTags}). */
public record LabeledSentence(String[] tokens, int[] tags) {
    public LabeledSentence {
        if (tokens.length != tags.length) {
            throw new IllegalArgumentException("tokens and tags differ in length");
        }
    }
}
