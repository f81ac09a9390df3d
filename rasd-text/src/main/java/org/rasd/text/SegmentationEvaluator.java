package org.rasd.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.model.Token;
import org.rasd.model.Word;

/**
 * Scores word segmentation against gold: a predicted word is correct when a gold word has exactly its
 * character span within the same sentence. Reports word precision, recall and F1.
 */
public final class SegmentationEvaluator {
    private final ArabicTextAnalyzer analyzer;

    public SegmentationEvaluator(ArabicTextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Word-level scores, with counts. */
    public record Scores(int sentences, long gold, long predicted, long correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * Held-out check from the command line: {@code SegmentationEvaluator TREEBANK all|even|odd [LEXICON
     * WEIGHTS]} prints P/R/F1 of the bundled model, or of the given lexicon and weights files.
     */
    public static void main(String[] args) throws java.io.IOException {
        ArabicTextAnalyzer analyzer = ArabicTextAnalyzer.loadDefault();
        if (args.length == 4) {
            StemLexicon lex;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[2]))) {
                lex = StemLexicon.read(in);
            }
            double[] w;
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(args[3]))) {
                w = SegmenterWeights.read(in);
            }
            analyzer = new ArabicTextAnalyzer(new CliticSegmenter(lex, w), ArabicNormalizer.standard());
        }
        List<ConlluSegmentation> gold = CliticModelTrainer.part(
                ConlluSegmentation.read(java.nio.file.Path.of(args[0])), args[1]);
        Scores s = new SegmentationEvaluator(analyzer).evaluate(gold);
        System.out.printf(java.util.Locale.ROOT, "sentences %d  words gold %d predicted %d correct %d%n"
                + "precision %.4f  recall %.4f  F1 %.4f%n", s.sentences(), s.gold(), s.predicted(), s.correct(),
                s.precision(), s.recall(), s.f1());
    }

    public Scores evaluate(List<ConlluSegmentation> gold) {
        long g = 0;
        long p = 0;
        long c = 0;
        for (ConlluSegmentation s : gold) {
            Set<Span> want = new HashSet<>(s.words());
            g += s.words().size() + s.unaligned();
            Sentence got = analyzer.analyzeSentence(s.text());
            for (Token t : got.tokens()) {
                for (Word w : t.words()) {
                    p++;
                    if (want.contains(w.span())) {
                        c++;
                    }
                }
            }
        }
        return new Scores(gold.size(), g, p, c);
    }
}
