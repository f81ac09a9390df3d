package org.rasd.ner.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * k-fold cross-validation of the perceptron tagger. Folds are contiguous blocks of sentences, so that a news
 * story's sentences stay in one fold (random folds would leak names between train and test and flatter F1).
 */
public final class CrossValidator {
    private final NerFeatures features;
    private final int epochs;
    private final long seed;

    public CrossValidator(NerFeatures features, int epochs, long seed) {
        this.features = features;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Scores pooled over the folds; {@code perFold} gets each fold's scores as it finishes. */
    public SpanScores run(List<LabeledSentence> data, int k, Consumer<SpanScores> perFold) {
        SpanScores all = new SpanScores();
        int n = data.size();
        for (int fold = 0; fold < k; fold++) {
            int from = (int) ((long) n * fold / k);
            int to = (int) ((long) n * (fold + 1) / k);
            List<LabeledSentence> train = new ArrayList<>(data.subList(0, from));
            train.addAll(data.subList(to, n));
            SequenceModel model = new PerceptronTrainer(features, epochs, seed).train(train);
            SpanScores s = new SpanScores();
            for (LabeledSentence t : data.subList(from, to)) {
                s.add(t.tags(), model.decode(features.extract(t.tokens())));
            }
            perFold.accept(s);
            all.addAll(s);
        }
        return all;
    }
}
