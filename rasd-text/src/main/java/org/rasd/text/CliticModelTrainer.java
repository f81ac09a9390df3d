package org.rasd.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Span;

/**
 * Learns the weights of the clitic-split model from a segmented treebank: replays the segmenter's
 * decisions on every gold token (same order, same features) and fits a logistic regression to the gold
 * answers by full-batch gradient descent with L2 — deterministic, no random initialisation.
 *
 * <pre>
 * java -cp rasd-text/target/classes:rasd-model/target/classes org.rasd.text.CliticModelTrainer \
 *     rasd-text/src/main/resources/org/rasd/text/stem-lexicon.tsv.gz \
 *     ../shared/data/ud/pud/ar_pud-dev-part.conllu all rasd-text/src/main/resources/org/rasd/text/clitic-weights.tsv
 * </pre>
 * {@code all | even | odd} picks the sentences to learn from, so the other half can be held out.
 */
public final class CliticModelTrainer {
    static final int EPOCHS = 3000;
    static final double RATE = 0.5;
    static final double L2 = 1e-4;

    private final StemLexicon lexicon;
    private final List<double[]> xs = new ArrayList<>();
    private final List<Boolean> ys = new ArrayList<>();

    CliticModelTrainer(StemLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: CliticModelTrainer LEXICON.tsv.gz TREEBANK.conllu all|even|odd OUT.tsv");
            System.exit(2);
        }
        StemLexicon lexicon;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            lexicon = StemLexicon.read(in);
        }
        List<ConlluSegmentation> gold = part(ConlluSegmentation.read(Path.of(args[1])), args[2]);
        CliticModelTrainer t = new CliticModelTrainer(lexicon);
        gold.forEach(t::addSentence);
        double[] w = t.fit();
        try (Writer out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            SegmenterWeights.write(w, "Rasd clitic-split weights, one per feature of org.rasd.text.SplitFeatures.\n"
                    + "Learned by org.rasd.text.CliticModelTrainer from " + Path.of(args[1]).getFileName()
                    + " (UD Arabic-PUD, CC BY-SA 3.0), sentences: " + args[2] + ", " + t.ys.size() + " decisions,\n"
                    + "over the stem lexicon " + Path.of(args[0]).getFileName() + ". See docs/text.md.", out);
        }
        System.err.println("trained on " + t.ys.size() + " decisions from " + gold.size() + " sentences");
    }

    /** Every sentence ({@code all}) or every other one ({@code even}, {@code odd}: for held-out checks). */
    public static List<ConlluSegmentation> part(List<ConlluSegmentation> all, String which) {
        List<ConlluSegmentation> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean keep = switch (which) {
                case "all" -> true;
                case "even" -> i % 2 == 0;
                case "odd" -> i % 2 == 1;
                default -> throw new IllegalArgumentException("part must be all, even or odd: " + which);
            };
            if (keep) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    void addSentence(ConlluSegmentation s) {
        Set<Integer> boundaries = new HashSet<>();
        for (Span w : s.words()) {
            boundaries.add(w.start());
            boundaries.add(w.end());
        }
        ArabicNormalizer skeleton = ArabicNormalizer.forSegmentation();
        String text = s.text();
        int n = text.length();
        char[] sk = new char[n + 1];
        int[] src = new int[n + 1];
        int i = 0;
        while (i < n) {
            if (ArabicChars.CLASS[text.charAt(i)] != ArabicChars.LETTER) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && ArabicChars.continuesWord(ArabicChars.CLASS[text.charAt(j)])) {
                j++;
            }
            int len = skeleton.normalize(text, i, j, sk, src, 0);
            boolean digits = j < n && ArabicChars.CLASS[text.charAt(j)] == ArabicChars.DIGIT
                    || i > 0 && ArabicChars.CLASS[text.charAt(i - 1)] == ArabicChars.DIGIT;
            if (!digits) {
                addToken(sk, src, len, boundaries);
            }
            i = j;
        }
    }

    /** Replays {@link CliticSegmenter#segment} with gold answers. */
    private void addToken(char[] w, int[] src, int len, Set<Integer> gold) {
        if (SplitFeatures.prepositionWithPronoun(w, len) >= 0) {
            return;
        }
        int from = 0;
        int depth = 0;
        int previous = -1;
        while (depth < 2 && len - from - 1 >= CliticSegmenter.MIN_STEM && !FunctionWords.startsToken(w, from, len)) {
            int type = SplitFeatures.procliticType(w[from], previous, w, from, len);
            if (type < 0) {
                break;
            }
            boolean yes = gold.contains(src[from + 1]);
            add(w, from, len, type, yes);
            if (!yes) {
                break;
            }
            previous = type;
            from++;
            depth++;
        }
        if (FunctionWords.contains(w, from, len)) {
            return;
        }
        for (int k = SplitFeatures.ENCLITICS.length - 1; k >= 0; k--) {
            String e = SplitFeatures.ENCLITICS[k];
            if (len - from - e.length() >= CliticSegmenter.MIN_STEM && new String(w, len - e.length(), e.length()).equals(e)) {
                boolean yes = gold.contains(src[len - e.length()]);
                add(w, from, len, SplitFeatures.ENCLITIC_TYPE[k], yes);
                if (yes) {
                    break;
                }
            }
        }
    }

    private void add(char[] w, int from, int to, int type, boolean yes) {
        double[] x = new double[SplitFeatures.COUNT];
        SplitFeatures.fill(lexicon, w, from, to, type, x);
        xs.add(x);
        ys.add(yes);
    }

    double[] fit() {
        int d = SplitFeatures.COUNT;
        double[] w = new double[d];
        int m = xs.size();
        double[] grad = new double[d];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < m; i++) {
                double[] x = xs.get(i);
                double p = 1 / (1 + Math.exp(-SplitFeatures.dot(w, x)));
                double err = p - (ys.get(i) ? 1 : 0);
                for (int k = 0; k < d; k++) {
                    grad[k] += err * x[k];
                }
            }
            for (int k = 0; k < d; k++) {
                w[k] -= RATE * (grad[k] / m + L2 * w[k]);
            }
        }
        return w;
    }
}
