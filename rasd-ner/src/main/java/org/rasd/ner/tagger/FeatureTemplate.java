package org.rasd.ner.tagger;

/**
 * The feature templates of the NER tagger. Each is kept only because it measurably helps (see docs/ner.md);
 * a model records which ones it was trained with.
 */
public enum FeatureTemplate {
    /** The normalized word (NameKey) of the current token. */
    WORD,
    /** The normalized words at -2, -1, +1, +2. */
    CONTEXT,
    /** The word with leading conjunction, preposition and article removed, here and at -1, +1. */
    STEM,
    /** First 1-4 and last 1-4 letters of the stem and of the word. */
    AFFIX,
    /** Letter trigrams of the stem (transliterated foreign names have their own letter patterns). */
    CHAR_NGRAM,
    /** Script, digits, punctuation and length class. */
    SHAPE,
    /** Word pairs -1|0 and 0|+1. */
    BIGRAM,
    /** Actor-lexicon and gazetteer matches covering the token (B/I, class, kind), here and at -1, +1. */
    GAZETTEER,
    /** Membership of the stem in the person-name list, here and at -1, +1. */
    PERSON_NAME,
    /** Distributional word cluster of the stem learned from unlabeled news, here and at -1, +1. */
    CLUSTER,
    /** From unlabeled news: how often the stem takes the article ال, and its frequency class. */
    NEWS_STATS,
    /** The label the word (and its neighbours) last had earlier in the document (see DocumentHistory). */
    HISTORY
}
