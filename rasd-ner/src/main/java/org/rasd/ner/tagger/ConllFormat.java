package org.rasd.ner.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style NER files: one token a line, the first whitespace-separated column the token and the last
 * its tag, a blank line between sentences. Lines of white space only end a sentence; a run of them is one break.
 */
public final class ConllFormat {
    private ConllFormat() {
    }

    /** Labelled sentences; a line with one column gets tag O. */
    public static List<LabeledSentence> readLabeled(BufferedReader in) throws IOException {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<Integer> tags = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            String s = line.strip();
            if (s.isEmpty()) {
                flush(out, toks, tags);
                continue;
            }
            String[] cols = s.split("\\s+");
            toks.add(cols[0]);
            tags.add(cols.length > 1 ? NerTags.parse(cols[cols.length - 1]) : NerTags.O);
        }
        flush(out, toks, tags);
        return out;
    }

    private static void flush(List<LabeledSentence> out, List<String> toks, List<Integer> tags) {
        if (toks.isEmpty()) {
            return;
        }
        int[] t = new int[tags.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = tags.get(i);
        }
        out.add(new LabeledSentence(toks.toArray(new String[0]), t));
        toks.clear();
        tags.clear();
    }
}
