package org.rasd.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasd.ner.tagger.ConllFormat;
import org.rasd.ner.tagger.CrossValidator;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.ner.tagger.LabeledSentence;
import org.rasd.ner.tagger.NerModelTrainer;
import org.rasd.ner.tagger.NerTagger;
import org.rasd.ner.tagger.SpanScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval ner}: CoNLL exact-span precision, recall and F1, on a gold file or by cross-validation. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Scores named-entity recognition, CoNLL exact-span precision/recall/F1 per class and",
            "micro-averaged. ANERcorp's PERS is read as PER.",
            "  --conll FILE : tag FILE's tokens with the model and compare with its tags.",
            "  --cv K       : K-fold cross-validation, training on K-1 contiguous blocks of --data and",
            "                 testing on the remaining one (add --interleaved for sentence i -> fold i mod K)."})
public final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--conll", paramLabel = "FILE", description = "Gold CoNLL file (token ... tag).")
    Path conll;

    @Option(names = "--cv", paramLabel = "K", description = "Number of cross-validation folds.")
    Integer folds;

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/ner/anercorp/train.txt",
            description = "Training data for --cv (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "Model for --conll (default: bundled).")
    Path model;

    @Option(names = "--epochs", defaultValue = "" + NerModelTrainer.DEFAULT_EPOCHS, description = "Training epochs for --cv.")
    int epochs;

    @Option(names = "--seed", defaultValue = "" + NerModelTrainer.DEFAULT_SEED, description = "Seed for --cv.")
    long seed;

    @Option(names = "--interleaved", description = "Interleaved instead of contiguous folds (leaks names; for comparison).")
    boolean interleaved;

    @Override
    public Integer call() throws IOException {
        if ((conll == null) == (folds == null)) {
            throw new UserException("give exactly one of --conll FILE or --cv K", ExitCodes.USAGE);
        }
        if (folds != null) {
            if (folds < 2) {
                throw new UserException("--cv needs at least 2 folds", ExitCodes.USAGE);
            }
            if (epochs < 1) {
                throw new UserException("--epochs must be at least 1", ExitCodes.USAGE);
            }
            List<LabeledSentence> sentences = read(data);
            if (sentences.size() < folds) {
                throw new UserException(data + ": fewer sentences than folds");
            }
            long t0 = System.nanoTime();
            int[] fold = {0};
            SpanScores s = new CrossValidator(NerModelTrainer.defaultFeatures(), epochs, seed, interleaved)
                    .run(sentences, folds, f -> System.out.printf(Locale.ROOT, "fold %d  micro F1 %.4f%n", ++fold[0],
                            f.prf(null)[2]));
            System.out.printf(Locale.ROOT, "%d-fold cross-validation (%s folds), %d sentences, %d epochs, %.0f s%n",
                    folds, interleaved ? "interleaved" : "contiguous", sentences.size(), epochs,
                    (System.nanoTime() - t0) / 1e9);
            System.out.print(s.table());
            return ExitCodes.OK;
        }
        List<LabeledSentence> gold = read(conll);
        NerTagger tagger = NerCommand.loadModel(model);
        SpanScores s = new SpanScores();
        DocumentHistory history = new DocumentHistory();
        for (LabeledSentence g : gold) {
            s.add(g.tags(), tagger.tag(g.tokens(), history));
        }
        System.out.print(s.table());
        return ExitCodes.OK;
    }

    private static List<LabeledSentence> read(Path file) throws IOException {
        String text = TextInput.read(file.toString());
        List<LabeledSentence> out = ConllFormat.readLabeled(new BufferedReader(new StringReader(text)));
        if (out.isEmpty()) {
            throw new UserException(file + ": no sentences");
        }
        return out;
    }
}
