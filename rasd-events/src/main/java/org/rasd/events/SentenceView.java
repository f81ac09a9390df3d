package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rasd.events.internal.ArabicFold;
import org.rasd.events.internal.PhraseTable;
import org.rasd.model.Sentence;
import org.rasd.model.Token;
import org.rasd.model.Word;
import org.rasd.model.WordKind;

/**
 * A sentence as the coder reads it: one slot per token with the folded stem (clitics removed), its
 * article-free key, the proclitics and enclitic, and where the stem is in the original text. Built from
 * the text layer's tokens and words; where the segmentation left a clitic attached to a word the
 * lexicons know without it (وأكد، بالاتفاق، سيزور), the clitic is peeled here. Sentences that arrive
 * without tokens are tokenized on white space and punctuation.
 */
final class SentenceView {
    final String text;
    final int index;
    final int n;
    final String[] stem;
    final String[] key;
    final String[] pro;
    final String[] enc;
    final int[] start;
    final int[] end;
    final boolean[] punct;
    final boolean[] number;
    final boolean[] article;
    final int[] mention;

    private SentenceView(String text, int index, int n) {
        this.text = text;
        this.index = index;
        this.n = n;
        stem = new String[n];
        key = new String[n];
        pro = new String[n];
        enc = new String[n];
        start = new int[n];
        end = new int[n];
        punct = new boolean[n];
        number = new boolean[n];
        article = new boolean[n];
        mention = new int[n];
        java.util.Arrays.fill(mention, -1);
    }

    /** The original surface of the stem of token {@code i}. */
    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** Original text from the stem of token {@code a} to the stem end of token {@code b} (inclusive). */
    String surface(int a, int b) {
        return text.substring(start[a], end[b]);
    }

    /** Relative pronouns (folded stems): a clause after them describes a noun before them. */
    static boolean isRelative(String stem) {
        return stem.equals("الذي") || stem.equals("التي") || stem.equals("الذين") || stem.equals("اللذين")
                || stem.equals("اللذان") || stem.equals("اللتين");
    }

    /**
     * Titles and ranks written before a person's name (folded keys): الأمير، الملك، الشيخ، الجنرال … — the name
     * that follows is the person (ولي العهد السعودي الأمير محمد بن سلمان، زيارة الأمير …، استقبل الشيخ …).
     */
    static final java.util.Set<String> TITLES = java.util.Set.of("امير", "ملك", "شيخ", "سيد", "سيده", "دكتور", "جنرال",
            "مشير", "عقيد", "لواء", "فريق", "عميد", "سلطان", "امام", "اميرال", "قاضي", "عاهل");

    static SentenceView of(String text, Sentence s, Predicate<String> known) {
        boolean segmented = !s.tokens().isEmpty();
        List<Token> tokens = segmented ? s.tokens() : tokenize(text, s);
        SentenceView v = new SentenceView(text, s.index(), tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            StringBuilder pro = new StringBuilder();
            String enc = "";
            Word stemWord = null;
            for (Word w : t.words()) {
                switch (w.kind()) {
                    case PROCLITIC -> {
                        if (stemWord == null) {
                            pro.append(ArabicFold.fold(w.text()));
                        }
                    }
                    case ENCLITIC -> enc = ArabicFold.fold(w.text());
                    default -> {
                        if (stemWord == null) {
                            stemWord = w;
                        }
                    }
                }
            }
            if (stemWord == null) {
                stemWord = t.stem();
            }
            int st = stemWord.span().start();
            int en = stemWord.span().end();
            String f = ArabicFold.fold(stemWord.text());
            v.punct[i] = stemWord.kind() == WordKind.PUNCT || (f.length() == 1 && !Character.isLetterOrDigit(f.charAt(0)));
            v.number[i] = stemWord.kind() == WordKind.NUMBER || (!f.isEmpty() && Character.isDigit(f.charAt(0)));
            if (!v.punct[i] && !v.number[i]) {
                if (pro.length() > 0 && pro.charAt(pro.length() - 1) == 'ل' && f.startsWith("ل") && f.length() > 2) {
                    f = "ا" + f; // UD keeps للسلطة as ل + لسلطة: restore the article's alef for matching
                }
                // peel what the segmentation left: conjunction, preposition + article, future prefix
                for (int round = 0; round < 2 && f.length() > 3 && (!segmented || t.words().size() == 1
                        && (f.startsWith("وال") || f.startsWith("بال") || f.startsWith("فال"))); round++) {
                    char c = f.charAt(0);
                    String rest = f.substring(1);
                    boolean peel = false;
                    if ((c == 'و' || c == 'ف') && (rest.startsWith("ال") || known.test(rest) && !known.test(f))) {
                        peel = true;
                    } else if ((c == 'ب' || c == 'ك') && rest.startsWith("ال") && rest.length() > 3) {
                        peel = true;
                    } else if (c == 'ل' && rest.startsWith("ل") && rest.length() > 2) {
                        pro.append('ل');
                        st += 1;
                        f = "ا" + rest; // لل = ل + ال with the alef dropped in writing
                        continue;
                    } else if ((c == 'س' || c == 'ل' || c == 'ب') && known.test(rest) && !known.test(f)) {
                        peel = true;
                    }
                    if (!peel) {
                        break;
                    }
                    pro.append(c);
                    st += 1;
                    f = rest;
                }
                String raw = stemWord.text();
                int r = raw.length();
                while (r > 0 && Character.getType(raw.charAt(r - 1)) == Character.NON_SPACING_MARK) {
                    r--;
                }
                boolean taMarbuta = r > 0 && raw.charAt(r - 1) == 'ة';
                if (!segmented && enc.isEmpty() && !taMarbuta && f.length() > 4 && !known.test(f)) {
                    for (String suffix : new String[] {"هما", "هم", "ها", "هن", "كم", "نا", "ه"}) {
                        if (f.endsWith(suffix) && known.test(f.substring(0, f.length() - suffix.length()))) {
                            enc = suffix;
                            f = f.substring(0, f.length() - suffix.length());
                            break;
                        }
                    }
                }
            }
            if (st > en) {
                st = en;
            }
            v.stem[i] = f;
            v.article[i] = f.startsWith("ال") && f.length() > 3;
            v.key[i] = PhraseTable.key(f);
            v.pro[i] = pro.toString();
            v.enc[i] = enc;
            v.start[i] = Math.max(st, stemWord.span().start());
            v.end[i] = en;
        }
        return v;
    }

    /** Tokens on white space and punctuation, each one stem word, for sentences the text layer did not tokenize. */
    static List<Token> tokenize(String text, Sentence s) {
        List<Token> out = new ArrayList<>();
        int i = s.span().start();
        int e = s.span().end();
        while (i < e) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i;
            if (Character.isLetterOrDigit(c) || isMark(c)) {
                while (j < e && (Character.isLetterOrDigit(text.charAt(j)) || isMark(text.charAt(j)))) {
                    j++;
                }
            } else {
                j = i + 1;
            }
            String t = text.substring(i, j);
            org.rasd.model.Span sp = new org.rasd.model.Span(i, j);
            WordKind kind = Character.isLetter(c) ? WordKind.STEM
                    : Character.isDigit(c) ? WordKind.NUMBER : WordKind.PUNCT;
            out.add(new Token(sp, t, t, List.of(new Word(sp, t, t, kind))));
            i = j;
        }
        return out;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || c == 'ـ';
    }
}
