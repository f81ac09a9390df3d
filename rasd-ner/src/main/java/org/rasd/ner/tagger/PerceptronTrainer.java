package org.rasd.ner.tagger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trains a {@link SequenceModel} as an averaged structured perceptron (Collins 2002): decode each sentence with
 * the current weights, and where the best path differs from the gold one, reward the gold features and
 * transitions and penalize the predicted ones; the model is the average of the weights over all steps, which
 * regularizes it. The perceptron's result depends on the order it sees the sentences in, so {@link #RUNS} runs
 * with shuffle seeds {@code seed, seed + 1, ...} are averaged into one model (weight averaging of
 * order-perturbed perceptrons): it lowers the variance that more features only raise, costs training time
 * but no tagging time. Each run also leaves out one group of templates ({@link #BAGS}, feature bagging after
 * Sutton, Sindelar and McCallum 2006): word-identity features predict the training names so well that the
 * perceptron stops updating before the features that carry over to unseen names (context, affixes, clusters,
 * lists) get their weight; a run without them must learn from the rest, and the average keeps both.
 * Deterministic: sentence order is shuffled with those seeds only.
 */
public final class PerceptronTrainer {
    private static final int T = NerTags.COUNT;

    /** Perceptron runs averaged into one model; contiguous 5-fold CV: 1 → 0.7534, 3 → 0.7592, 6 → 0.7615. */
    public static final int RUNS = 5;

    /**
     * The templates run r leaves out: {@code BAGS.get(r % BAGS.size())}. Contiguous 5-fold CV, 5 runs: no bags
     * 0.7609, these 0.7637; leaving out the same groups in other splits gave 0.7630 and 0.7637 (docs/ner.md).
     */
    public static final List<Set<FeatureTemplate>> BAGS = List.of(
            bag(),
            bag(FeatureTemplate.WORD, FeatureTemplate.STEM),
            bag(FeatureTemplate.CONTEXT),
            bag(FeatureTemplate.AFFIX),
            bag(FeatureTemplate.GAZETTEER, FeatureTemplate.PERSON_NAME, FeatureTemplate.CLUSTER));

    /** An unmodifiable set in enum order (the manifest lists it in that order). */
    private static Set<FeatureTemplate> bag(FeatureTemplate... templates) {
        EnumSet<FeatureTemplate> s = EnumSet.noneOf(FeatureTemplate.class);
        s.addAll(Arrays.asList(templates));
        return Collections.unmodifiableSet(s);
    }

    /** The bags as written into model manifests: groups joined by +, runs by |, "-" for none. */
    public static String bagsDescriptor() {
        StringBuilder b = new StringBuilder();
        for (Set<FeatureTemplate> bag : BAGS) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(bag.isEmpty() ? "-" : bag.stream().map(Enum::name).collect(Collectors.joining("+")));
        }
        return b.toString();
    }

    private final NerFeatures features;
    private final int epochs;
    private final long seed;

    public PerceptronTrainer(NerFeatures features, int epochs, long seed) {
        this.features = features;
        this.epochs = epochs;
        this.seed = seed;
    }

    /** Folds of the jackknife that gives training sentences a realistic (predicted, not gold) history. */
    private static final int HISTORY_FOLDS = 4;

    /**
     * A model trained on {@code data}, whose sentences are in document order. With the HISTORY template, each
     * sentence's history comes from predictions of a history-free model trained on the other folds, so that
     * training sees histories as noisy as those at tagging time.
     */
    public SequenceModel train(List<LabeledSentence> data) {
        int[][] predicted = features.templates().contains(FeatureTemplate.HISTORY) ? jackknife(data) : null;
        List<int[][]> feats = extractAll(data, predicted, features);
        List<List<int[][]>> perRun = new ArrayList<>(RUNS);
        for (int run = 0; run < RUNS; run++) {
            Set<FeatureTemplate> bag = BAGS.get(run % BAGS.size());
            NerFeatures f = features;
            for (FeatureTemplate t : bag) {
                f = f.without(t);
            }
            perRun.add(bag.isEmpty() ? null : extractAll(data, predicted, f));
        }
        return trainOn(data, feats, perRun);
    }

    /** Features of every sentence; with {@code predicted} (tags per sentence), each sees the history so far. */
    private static List<int[][]> extractAll(List<LabeledSentence> data, int[][] predicted, NerFeatures f) {
        List<int[][]> feats = new ArrayList<>(data.size());
        DocumentHistory history = predicted == null ? null : new DocumentHistory();
        for (int i = 0; i < data.size(); i++) {
            String[] tokens = data.get(i).tokens();
            feats.add(f.extract(tokens, history));
            if (history != null) {
                history.record(NerFeatures.stemKeys(tokens), predicted[i]);
            }
        }
        return feats;
    }

    private int[][] jackknife(List<LabeledSentence> data) {
        NerFeatures base = features.without(FeatureTemplate.HISTORY);
        int n = data.size();
        int[][] predicted = new int[n][];
        for (int fold = 0; fold < HISTORY_FOLDS; fold++) {
            int from = n * fold / HISTORY_FOLDS;
            int to = n * (fold + 1) / HISTORY_FOLDS;
            List<LabeledSentence> rest = new ArrayList<>(data.subList(0, from));
            rest.addAll(data.subList(to, n));
            SequenceModel m = new PerceptronTrainer(base, epochs, seed).train(rest);
            for (int i = from; i < to; i++) {
                predicted[i] = m.decode(base.extract(data.get(i).tokens()));
            }
        }
        return predicted;
    }

    /** Trains the runs: run r on {@code perRun.get(r)}'s features (a subset of {@code feats}), or all when null. */
    private SequenceModel trainOn(List<LabeledSentence> data, List<int[][]> feats, List<List<int[][]>> perRun) {
        FeatureIndex index = new FeatureIndex(1 << 20);
        List<int[][]> rows = new ArrayList<>(data.size());
        for (int[][] f : feats) {
            for (int[] tok : f) {
                for (int k = 0; k < tok.length; k++) {
                    tok[k] = index.getOrAdd(tok[k]);
                }
            }
            rows.add(f);
        }
        int nf = index.size();
        float[] weights = new float[nf * T];
        float[] transitions = new float[(T + 1) * T];
        for (int run = 0; run < RUNS; run++) {
            List<int[][]> runRows = perRun.get(run);
            if (runRows == null) {
                runRows = rows;
            } else {
                for (int[][] f : runRows) {
                    for (int[] tok : f) {
                        for (int k = 0; k < tok.length; k++) {
                            tok[k] = index.get(tok[k]); // a bag's features are all in the full set
                        }
                    }
                }
            }
            float[][] m = run(data, runRows, nf, seed + run);
            for (int i = 0; i < weights.length; i++) {
                weights[i] += m[0][i] / RUNS;
            }
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] += m[1][i] / RUNS;
            }
        }
        return new SequenceModel(index, weights, transitions);
    }

    /** One averaged-perceptron run over {@code rows} with sentence order shuffled by {@code seed}: weights, transitions. */
    private float[][] run(List<LabeledSentence> data, List<int[][]> rows, int nf, long seed) {
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
        return new float[][] {avg, tavg};
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
