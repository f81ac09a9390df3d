package org.rasd.text;

import java.util.ArrayList;
import java.util.List;
import org.rasd.model.Sentence;
import org.rasd.model.Span;

/** PLACEHOLDER until the text layer lands: one sentence per non-blank line, no tokens. */
public final class ArabicTextAnalyzer implements TextAnalyzer {
    public static ArabicTextAnalyzer loadDefault() {
        return new ArabicTextAnalyzer();
    }

    @Override
    public List<Sentence> analyze(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Sentence(out.size(), new Span(s, e), List.of()));
                start = i + 1;
            }
        }
        return out;
    }
}
