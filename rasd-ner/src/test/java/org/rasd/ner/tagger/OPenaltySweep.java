package org.rasd.ner.tagger;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Contiguous k-fold CV of the default features with several penalties on the O tag (subtracted from the bias
 * feature's O weight after training), one training per fold. Args: file k epochs penalty,penalty,...
 */
public final class OPenaltySweep {
    public static void main(String[] args) throws Exception {
        List<LabeledSentence> data;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            data = ConllFormat.readLabeled(r);
        }
        int k = Integer.parseInt(args[1]);
        int epochs = Integer.parseInt(args[2]);
        String[] ps = args[3].split(",");
        NerFeatures features = NerModelTrainer.defaultFeatures();
        SpanScores[] all = new SpanScores[ps.length];
        for (int p = 0; p < ps.length; p++) {
            all[p] = new SpanScores();
        }
        int n = data.size();
        for (int fold = 0; fold < k; fold++) {
            int from = n * fold / k;
            int to = n * (fold + 1) / k;
            List<LabeledSentence> train = new ArrayList<>(data.subList(0, from));
            train.addAll(data.subList(to, n));
            SequenceModel model = new PerceptronTrainer(features, epochs, 42).train(train);
            int bias = model.index.get(NerFeatures.f(0, 1));
            for (int p = 0; p < ps.length; p++) {
                float[] w = model.weights.clone();
                w[bias * SequenceModel.T + NerTags.O] -= Float.parseFloat(ps[p]);
                NerTagger tagger = new NerTagger(new SequenceModel(model.index, w, model.transitions), features);
                SpanScores s = new SpanScores();
                DocumentHistory history = new DocumentHistory();
                for (LabeledSentence t : data.subList(from, to)) {
                    s.add(t.tags(), tagger.tag(t.tokens(), history));
                }
                System.out.printf("fold %d penalty %s F1 %.4f%n", fold, ps[p], s.prf(null)[2]);
                all[p].addAll(s);
            }
        }
        for (int p = 0; p < ps.length; p++) {
            System.out.printf("penalty %s micro F1 %.4f%n%s", ps[p], all[p].prf(null)[2], all[p].table());
        }
    }
}
