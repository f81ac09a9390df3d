package org.rasd.ner.tagger;

import java.util.List;
import org.rasd.model.EntityType;

/** The BIO label set over the ANERcorp classes, as small integers; {@code PERS} is read as {@code PER}. */
public final class NerTags {
    public static final List<String> NAMES = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
            "B-MISC", "I-MISC");
    public static final int COUNT = NAMES.size();
    public static final int O = 0;

    private NerTags() {
    }

    /** The index of a tag as written in CoNLL files; unknown or malformed tags read as O. */
    public static int parse(String tag) {
        String t = tag.replace("PERS", "PER");
        int i = NAMES.indexOf(t);
        return Math.max(i, 0);
    }

    public static String name(int tag) {
        return NAMES.get(tag);
    }

    public static boolean isBegin(int tag) {
        return tag != O && (tag & 1) == 1;
    }

    public static boolean isInside(int tag) {
        return tag != O && (tag & 1) == 0;
    }

    private static final EntityType[] TYPES = EntityType.values();
    /** ALLOWED[(prev + 1) * COUNT + next]; a table because Viterbi asks it 81 times per token. */
    private static final boolean[] ALLOWED = new boolean[(COUNT + 1) * COUNT];

    static {
        for (int p = -1; p < COUNT; p++) {
            for (int n = 0; n < COUNT; n++) {
                ALLOWED[(p + 1) * COUNT + n] = !isInside(n) || p > 0 && type(p) == type(n);
            }
        }
    }

    /** The entity class of a B or I tag. */
    public static EntityType type(int tag) {
        return TYPES[(tag - 1) / 2];
    }

    /** Whether {@code next} may follow {@code prev} (-1 = sentence start): I-X only after B-X or I-X. */
    public static boolean allowed(int prev, int next) {
        return ALLOWED[(prev + 1) * COUNT + next];
    }
}
