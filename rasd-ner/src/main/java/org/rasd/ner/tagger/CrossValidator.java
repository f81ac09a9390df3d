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
    private final boolean interleaved;

    /** Contiguous folds (see the class comment). */
    public CrossValidator(NerFeatures features, int epochs, long seed) {
        this(features, epochs, seed, false);
    }

    /**
     * @param interleaved put sentence i in fold i mod k, as OpenNLP's partitioner does; sentences of one story
     *                    then fall in different folds, which leaks names and flatters F1 (reported for comparison)
     */
    public CrossValidator(NerFeatures features, int epochs, long seed, boolean interleaved) {
        this.features = features;
        this.epochs = epochs;
        this.seed = seed;
        this.interleaved = interleaved;
    }

    /** Scores pooled over the folds; {@code perFold} gets each fold's scores as it finishes. */
    public SpanScores run(List<LabeledSentence> data, int k, Consumer<SpanScores> perFold) {
        SpanScores all = new SpanScores();
        int n = data.size();
        for (int fold = 0; fold < k; fold++) {
            int from = (int) ((long) n * fold / k);
            int to = (int) ((long) n * (fold + 1) / k);
            List<LabeledSentence> train = new ArrayList<>();
            List<LabeledSentence> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                boolean held = interleaved ? i % k == fold : i >= from && i < to;
                (held ? test : train).add(data.get(i));
            }
            SequenceModel model = new PerceptronTrainer(features, epochs, seed).train(train);
            NerTagger tagger = new NerTagger(model, features);
            SpanScores s = new SpanScores();
            DocumentHistory history = new DocumentHistory();
            for (LabeledSentence t : test) {
                s.add(t.tags(), tagger.tag(t.tokens(), history));
            }
            perFold.accept(s);
            all.addAll(s);
        }
        return all;
    }
}
