package org.rasd.ner.internal;

import java.util.ArrayList;
import java.util.List;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.model.Token;
import org.rasd.model.Word;
import org.rasd.model.WordKind;
import org.rasd.ner.NameKey;

/**
 * The lookup forms of a sentence's tokens: each token's key, and the keys it may have once a leading clitic
 * is removed (وسوريا -> سوريا، للمملكة -> المملكة), each with the span it covers. The text layer's clitic
 * split is used when the sentence has words; the same letters are also tried by rule, because a name can only
 * match a curated lexicon, so an over-eager split costs nothing.
 */
public final class TokenForms {
    /** One way to read a token: a key and the span of the original text it covers. */
    public record Form(String key, int start, int end) {
    }

    /**
     * A token: its span, its whole key, its readings as the first word of a name (whole token first), and the
     * span of its host word per the text layer ({@code start, end} when the layer gave no clitics).
     */
    public record View(int start, int end, String key, List<Form> heads, int stemStart, int stemEnd) {
    }

    private TokenForms() {
    }

    /** The views of the tokens of {@code sentence}; a sentence without tokens is split on spaces and punctuation. */
    public static List<View> of(Sentence sentence, String text) {
        List<View> out = new ArrayList<>();
        if (!sentence.tokens().isEmpty()) {
            for (Token t : sentence.tokens()) {
                if (hashtagJoiner(t, text)) {
                    continue; // #حركة_حماس reads as حركة حماس: the hashtag's # and _ are not words
                }
                out.add(view(t, text));
            }
            return out;
        }
        for (Span s : splitTokens(text, sentence.span().start(), sentence.span().end())) {
            out.add(view(null, s.start(), s.end(), text));
        }
        return out;
    }

    private static boolean hashtagJoiner(Token t, String text) {
        int a = t.span().start();
        int b = t.span().end();
        if (b - a != 1) {
            return false;
        }
        char c = text.charAt(a);
        return c == '_' || c == '#' && b < text.length() && Character.isLetter(text.charAt(b));
    }

    /** Views of a bare phrase, split on spaces and punctuation. */
    public static List<View> ofPhrase(String phrase) {
        List<View> out = new ArrayList<>();
        for (Span s : splitTokens(phrase, 0, phrase.length())) {
            out.add(view(null, s.start(), s.end(), phrase));
        }
        return out;
    }

    /** Views of given tokens of {@code text}, as {@code [starts[i], ends[i])}. */
    public static List<View> ofTokens(String text, int[] starts, int[] ends) {
        List<View> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.add(view(null, starts[i], ends[i], text));
        }
        return out;
    }

    /** Maximal runs of letters, digits and combining marks, or single other non-space characters. */
    public static List<Span> splitTokens(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || NameKey.isIgnorable(c) && !isWordChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (isWordChar(c)) {
                while (j < to && isWordChar(text.charAt(j))) {
                    j++;
                }
            }
            spans.add(new Span(i, j));
            i = j;
        }
        return spans;
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    private static View view(Token t, String text) {
        View v = view(t, t.span().start(), t.span().end(), text);
        return v;
    }

    private static View view(Token t, int start, int end, String text) {
        String key = NameKey.of(text.substring(start, end));
        List<Form> heads = new ArrayList<>(3);
        heads.add(new Form(key, start, end));
        int s = start;
        int e = end;
        if (t != null && t.words().size() > 1) {
            List<Word> ws = t.words();
            int a = 0;
            while (a < ws.size() && ws.get(a).kind() == WordKind.PROCLITIC) {
                a++;
            }
            int b = ws.size();
            while (b > a + 1 && ws.get(b - 1).kind() == WordKind.ENCLITIC) {
                b--;
            }
            if (a < b) {
                s = ws.get(a).span().start();
                e = ws.get(b - 1).span().end();
            }
            if (s != start || e != end) {
                addForm(heads, text, s, e, false);
            }
        }
        // rule-based proclitics: an optional conjunction, then an optional preposition
        int p = start;
        if (p < end && (text.charAt(p) == '\u0648' || text.charAt(p) == '\u0641')) {
            p = skipMarks(text, p + 1, end);
            addForm(heads, text, p, end, false);
        }
        if (p < end && (text.charAt(p) == '\u0628' || text.charAt(p) == '\u0644' || text.charAt(p) == '\u0643')) {
            boolean lam = text.charAt(p) == '\u0644';
            p = skipMarks(text, p + 1, end);
            addForm(heads, text, p, end, false);
            if (lam && p < end && text.charAt(p) == '\u0644') {
                addForm(heads, text, p, end, true); // ل + (ا)لمملكة: the article's alef is not written
            }
        }
        return new View(start, end, key, heads, s, e);
    }

    private static int skipMarks(String text, int p, int end) {
        while (p < end && NameKey.isIgnorable(text.charAt(p))) {
            p++;
        }
        return p;
    }

    private static void addForm(List<Form> heads, String text, int s, int e, boolean restoreAlef) {
        if (e - s < 2) {
            return;
        }
        String key = (restoreAlef ? "\u0627" : "") + NameKey.of(text.substring(s, e));
        for (Form f : heads) {
            if (f.key().equals(key)) {
                return;
            }
        }
        heads.add(new Form(key, s, e));
    }
}
