package org.rasd.model;

/** What a segmentation unit is, following Universal Dependencies Arabic conventions. */
public enum WordKind {
    /** A leading clitic: the conjunctions و ف, the prepositions ب ل ك, the future particle س. */
    PROCLITIC,
    /** The host word (the article ال stays attached to it). */
    STEM,
    /** An attached pronoun: ه ها هم هما هن ك كم كن ي ني نا. */
    ENCLITIC,
    /** A number written with digits. */
    NUMBER,
    /** A punctuation mark or symbol. */
    PUNCT
}
