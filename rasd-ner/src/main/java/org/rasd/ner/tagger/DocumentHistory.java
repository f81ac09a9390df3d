package org.rasd.ner.tagger;

import java.util.HashMap;
import java.util.Map;

/**
 * What earlier sentences of the same document said about a word: the label it last had (an entity class, or
 * O), within a window of recent sentences. News names a person in full once and then by surname; this lets
 * the later, harder mentions borrow the earlier decision ("extended prediction history", Ratinov and Roth
 * 2009). Mutable, one per document being tagged.
 */
public final class DocumentHistory {
    /** How many sentences back a label still counts; ANERcorp has no document breaks, stories are ~20 sentences. */
    public static final int WINDOW = 30;

    private final Map<String, long[]> last = new HashMap<>();
    private final int window;
    private int sentence;

    public DocumentHistory() {
        this(WINDOW);
    }

    /** A history whose labels count for {@code window} sentences (experiments). */
    DocumentHistory(int window) {
        this.window = window;
    }

    /** The history code of a stem key: 0 unseen, 1-4 last seen as that entity class (PER ORG LOC MISC), 5 as O. */
    public int code(String stemKey) {
        long[] e = last.get(stemKey);
        if (e == null || sentence - e[1] > window) {
            return 0;
        }
        return (int) e[0];
    }

    /** Records a tagged sentence (its stem keys and tags) and moves to the next sentence. */
    public void record(String[] stemKeys, int[] tags) {
        for (int i = 0; i < stemKeys.length; i++) {
            if (stemKeys[i].length() < 2) {
                continue;
            }
            int code = tags[i] == NerTags.O ? 5 : NerTags.type(tags[i]).ordinal() + 1;
            long[] e = last.get(stemKeys[i]);
            // an entity reading outlives a later O reading of the same word within the window
            if (e == null || code != 5 || e[0] == 5 || sentence - e[1] > window) {
                last.put(stemKeys[i], new long[] {code, sentence});
            }
        }
        sentence++;
    }
}
