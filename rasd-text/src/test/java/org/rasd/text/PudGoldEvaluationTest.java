package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Gold evaluation on the UD Arabic-PUD segmentation dev set (skipped when ../shared is absent). */
class PudGoldEvaluationTest {
    private static Path devSet() {
        Path shared = Path.of(System.getProperty("rasd.shared", "../../shared"));
        Path dev = shared.resolve("data/ud/pud/ar_pud-dev-part.conllu");
        Assumptions.assumeTrue(Files.isRegularFile(dev),
                "PUD gold evaluation skipped: ../shared/data/ud/pud/ar_pud-dev-part.conllu absent");
        return dev;
    }

    @Test
    void wordF1OnPudDevIsAtLeast098() throws IOException {
        List<ConlluSegmentation> gold = ConlluSegmentation.read(devSet());
        SegmentationEvaluator.Scores s = new SegmentationEvaluator(ArabicTextAnalyzer.loadDefault()).evaluate(gold);
        System.out.printf("PUD dev: P %.4f R %.4f F1 %.4f over %d sentences%n", s.precision(), s.recall(), s.f1(),
                s.sentences());
        assertThat(s.sentences()).isEqualTo(300);
        assertThat(s.f1()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void bundledWeightsAreReproducedByTrainingOnTheDevSet() throws IOException {
        List<ConlluSegmentation> all = ConlluSegmentation.read(devSet());
        CliticModelTrainer trainer = new CliticModelTrainer(StemLexicon.fromResource(ArabicTextAnalyzer.LEXICON_RESOURCE));
        all.forEach(trainer::addSentence);
        double[] retrained = trainer.fit();
        double[] bundled = ArabicTextAnalyzer.readWeights(ArabicTextAnalyzer.WEIGHTS_RESOURCE);
        assertThat(retrained).containsExactly(bundled, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void heldOutHalvesStayAbove097WhenTrainedOnTheOtherHalf() throws IOException {
        List<ConlluSegmentation> all = ConlluSegmentation.read(devSet());
        StemLexicon lexicon = StemLexicon.fromResource(ArabicTextAnalyzer.LEXICON_RESOURCE);
        for (String train : new String[] {"even", "odd"}) {
            CliticModelTrainer trainer = new CliticModelTrainer(lexicon);
            CliticModelTrainer.part(all, train).forEach(trainer::addSentence);
            ArabicTextAnalyzer analyzer = new ArabicTextAnalyzer(new CliticSegmenter(lexicon, trainer.fit()),
                    ArabicNormalizer.standard());
            SegmentationEvaluator.Scores s = new SegmentationEvaluator(analyzer)
                    .evaluate(CliticModelTrainer.part(all, train.equals("even") ? "odd" : "even"));
            System.out.printf("PUD dev, trained on %s half, scored on the other: F1 %.4f%n", train, s.f1());
            assertThat(s.f1()).isGreaterThanOrEqualTo(0.97);
        }
    }
}
