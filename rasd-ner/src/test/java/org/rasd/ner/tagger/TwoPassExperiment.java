package org.rasd.ner.tagger;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.rasd.ner.ActorLexicon;

/**
 * Experiment (docs/ner.md, fourth round): per contiguous CV fold, tag the held-out block as now (history from
 * earlier sentences), then a second pass whose history comes from the first pass's tags on both sides.
 * Args: train.txt window.
 */
public final class TwoPassExperiment {
    /** Sentence i's history from both sides: pass-1 tags of the sentences within the window, nearer preceding ones last. */
    static DocumentHistory around(List<String[]> keys, List<int[]> tags, int i, int win) {
        DocumentHistory h = new DocumentHistory(Integer.MAX_VALUE / 2);
        for (int j = Math.min(keys.size() - 1, i + win); j > i; j--) {
            h.record(keys.get(j), tags.get(j));
        }
        for (int j = Math.max(0, i - win); j < i; j++) {
            h.record(keys.get(j), tags.get(j));
        }
        return h;
    }

    public static void main(String[] args) throws Exception {
        List<LabeledSentence> data;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            data = ConllFormat.readLabeled(r);
        }
        int k = 5;
        int epochs = 10;
        int win = Integer.parseInt(args[1]);
        NerFeatures features = new NerFeatures(EnumSet.complementOf(EnumSet.of(FeatureTemplate.CHAR_NGRAM, FeatureTemplate.BIGRAM)),
                ActorLexicon.loadDefault(), WordLists.loadDefault());
        SpanScores one = new SpanScores();
        SpanScores two = new SpanScores();
        int n = data.size();
        for (int fold = 0; fold < k; fold++) {
            int from = (int) ((long) n * fold / k);
            int to = (int) ((long) n * (fold + 1) / k);
            List<LabeledSentence> train = new ArrayList<>(data.subList(0, from));
            train.addAll(data.subList(to, n));
            List<LabeledSentence> test = data.subList(from, to);
            SequenceModel model = new PerceptronTrainer(features, epochs, 42).train(train);
            NerTagger tagger = new NerTagger(model, features);
            DocumentHistory h = new DocumentHistory();
            List<int[]> p1 = new ArrayList<>();
            SpanScores s1 = new SpanScores();
            for (LabeledSentence t : test) {
                int[] tags = tagger.tag(t.tokens(), h);
                p1.add(tags);
                s1.add(t.tags(), tags);
            }
            SpanScores s2 = new SpanScores();
            List<String[]> keys = new ArrayList<>();
            for (LabeledSentence t : test) {
                keys.add(NerFeatures.stemKeys(t.tokens()));
            }
            for (int i = 0; i < test.size(); i++) {
                DocumentHistory h2 = around(keys, p1, i, win);
                int[] pr = model.decode(features.extract(test.get(i).tokens(), h2));
                s2.add(test.get(i).tags(), pr);
            }
            System.out.printf("fold %d: pass1 %.4f pass2 %.4f%n", fold, s1.prf(null)[2], s2.prf(null)[2]);
            one.addAll(s1);
            two.addAll(s2);
        }
        System.out.printf("micro pass1 %.4f pass2 %.4f%n", one.prf(null)[2], two.prf(null)[2]);
        System.out.print(two.table());
    }
}
