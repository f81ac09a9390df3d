package org.rasd.ner.tagger;

/**
 * A linear first-order sequence model over {@link NerTags}: per-feature tag weights, tag-transition weights,
 * and Viterbi decoding restricted to valid BIO sequences. Immutable once built; thread-safe for decoding.
 */
public final class SequenceModel {
    static final int T = NerTags.COUNT;

    final FeatureIndex index;
    final float[] weights; // row * T + tag
    final float[] transitions; // (prev + 1) * T + tag; prev = -1 is the sentence start

    SequenceModel(FeatureIndex index, float[] weights, float[] transitions) {
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
    }

    public int featureCount() {
        return index.size();
    }

    /** The best valid tag sequence for the tokens' features. */
    public int[] decode(int[][] features) {
        int n = features.length;
        float[] emit = new float[n * T];
        for (int i = 0; i < n; i++) {
            emissions(features[i], emit, i * T);
        }
        return viterbi(emit, n, transitions);
    }

    /** Viterbi over emission scores {@code emit[i * T + tag]} and transitions, valid BIO paths only. */
    static int[] viterbi(float[] emit, int n, float[] transitions) {
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        float[] score = new float[T];
        float[] next = new float[T];
        int[] back = new int[n * T];
        for (int t = 0; t < T; t++) {
            score[t] = NerTags.allowed(-1, t) ? emit[t] + transitions[t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    if (score[p] == Float.NEGATIVE_INFINITY || !NerTags.allowed(p, t)) {
                        continue;
                    }
                    float s = score[p] + transitions[(p + 1) * T + t];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                next[t] = best + emit[i * T + t];
                back[i * T + t] = arg;
            }
            float[] tmp = score;
            score = next;
            next = tmp;
        }
        int best = 0;
        for (int t = 1; t < T; t++) {
            if (score[t] > score[best]) {
                best = t;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = best;
            best = back[i * T + best];
        }
        return out;
    }

    void emissions(int[] feats, float[] emit, int off) {
        for (int f : feats) {
            int row = index.get(f);
            if (row >= 0) {
                int base = row * T;
                for (int t = 0; t < T; t++) {
                    emit[off + t] += weights[base + t];
                }
            }
        }
    }
}
