package org.rasd.ner.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SequenceModel} as an averaged structured perceptron (Collins 2002): decode each sentence with
 * the current weights, and where the best path differs from the gold one, reward the gold features and
 * transitions and penalize the predicted ones; the model is the average of the weights over all steps, which
 * regularizes it. Deterministic: sentence order is shuffled with the given seed only.
 */
public final class PerceptronTrainer {
    private static final int T = NerTags.COUNT;

    private final NerFeatures features;
    private final int epochs;
    private final long seed;

    public PerceptronTrainer(NerFeatures features, int epochs, long seed) {
        this.features = features;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** A model trained on {@code data}. */
    public SequenceModel train(List<LabeledSentence> data) {
        FeatureIndex index = new FeatureIndex(1 << 20);
        List<int[][]> rows = new ArrayList<>(data.size());
        for (LabeledSentence s : data) {
            int[][] f = features.extract(s.tokens());
            for (int[] tok : f) {
                for (int k = 0; k < tok.length; k++) {
                    tok[k] = index.getOrAdd(tok[k]);
                }
            }
            rows.add(f);
        }
        int nf = index.size();
        float[] w = new float[nf * T];
        double[] u = new double[nf * T];
        float[] tw = new float[(T + 1) * T];
        double[] tu = new double[(T + 1) * T];
        Integer[] order = new Integer[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            for (int si : order) {
                int[][] f = rows.get(si);
                int[] gold = data.get(si).tags();
                int n = gold.length;
                float[] emit = new float[n * T];
                for (int i = 0; i < n; i++) {
                    for (int r : f[i]) {
                        int base = r * T;
                        for (int t = 0; t < T; t++) {
                            emit[i * T + t] += w[base + t];
                        }
                    }
                }
                int[] pred = SequenceModel.viterbi(emit, n, tw);
                if (!Arrays.equals(pred, gold)) {
                    for (int i = 0; i < n; i++) {
                        if (pred[i] != gold[i]) {
                            for (int r : f[i]) {
                                w[r * T + gold[i]] += 1;
                                u[r * T + gold[i]] += c;
                                w[r * T + pred[i]] -= 1;
                                u[r * T + pred[i]] -= c;
                            }
                        }
                        int gp = i == 0 ? -1 : gold[i - 1];
                        int pp = i == 0 ? -1 : pred[i - 1];
                        if (gp != pp || gold[i] != pred[i]) {
                            tw[(gp + 1) * T + gold[i]] += 1;
                            tu[(gp + 1) * T + gold[i]] += c;
                            tw[(pp + 1) * T + pred[i]] -= 1;
                            tu[(pp + 1) * T + pred[i]] -= c;
                        }
                    }
                }
                c++;
            }
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / c);
        }
        float[] tavg = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            tavg[i] = (float) (tw[i] - tu[i] / c);
        }
        return new SequenceModel(index, avg, tavg);
    }

    private static void shuffle(Integer[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            Integer t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
