package org.rasd.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.events.internal.PhraseTable;
import org.rasd.events.internal.ResourceLines;

/**
 * Cue words for structure and modes (negation, future, light verbs, clause boundaries, mode and
 * context cues ...), read from {@code cues.ar.tsv}, and date words from {@code dates.ar.tsv}. Each
 * section is a {@link PhraseTable} from the phrase to the line's value.
 */
public final class CueLexicon {
    private final Map<String, PhraseTable<String>> sections;

    private CueLexicon(Map<String, PhraseTable<String>> sections) {
        this.sections = sections;
    }

    public static CueLexicon loadDefault() {
        Map<String, PhraseTable<String>> s = new HashMap<>();
        for (String name : List.of("cues.ar.tsv", "dates.ar.tsv")) {
            for (String[] row : ResourceLines.read(CueLexicon.class, name, 3)) {
                PhraseTable<String> t = s.computeIfAbsent(row[0].trim(), k -> new PhraseTable<>());
                for (String phrase : row[1].split("\\|")) {
                    t.add(phrase, row[2].trim());
                }
            }
        }
        for (String required : List.of("negation", "deny", "future", "intent", "hypothetical", "historical",
                "speech", "light", "boundary", "block", "question", "prep", "number", "agentpost", "context",
                "month", "hijri", "weekday", "day", "past", "next", "unit")) {
            if (!s.containsKey(required)) {
                throw new IllegalStateException("cue lexicon lacks section '" + required + "'");
            }
        }
        return new CueLexicon(s);
    }

    /** The table of a section; an empty table for unknown sections. */
    public PhraseTable<String> section(String name) {
        PhraseTable<String> t = sections.get(name);
        return t == null ? new PhraseTable<>() : t;
    }

    /** Whether the single keyed word is in the section. */
    public boolean is(String section, String keyedWord) {
        PhraseTable<String> t = sections.get(section);
        return t != null && t.contains(keyedWord);
    }

    /** All section names with the given prefix (e.g. {@code mode.}). */
    public List<String> sectionsStartingWith(String prefix) {
        List<String> out = new ArrayList<>();
        for (String k : sections.keySet()) {
            if (k.startsWith(prefix)) {
                out.add(k);
            }
        }
        return out;
    }
}
