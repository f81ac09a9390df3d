package org.rasd.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.events.internal.ResourceLines;

/**
 * A logistic regression over {@link IncidentFeatures} that decides whether an ASSAULT or PROTEST candidate
 * reports an incident (the GSR's "yes") rather than mentions violence or protest in passing. It sits on top
 * of the lexicon triggers and the rules' confidence (which is one of its features). Weights ship as the
 * versioned resource {@code incident-filter.tsv}; {@link #train} is deterministic (full-batch gradient
 * descent from zero weights, features in sorted order), so the resource can be rebuilt from its header's
 * command.
 */
final class LogisticIncidentFilter {
    static final String RESOURCE = "incident-filter.tsv";
    private final Map<String, Double> weights;

    LogisticIncidentFilter(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The bundled filter. */
    static LogisticIncidentFilter loadDefault() {
        Map<String, Double> w = new HashMap<>();
        for (String[] row : ResourceLines.read(LogisticIncidentFilter.class, RESOURCE, 2)) {
            try {
                w.put(row[0], Double.parseDouble(row[1]));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RESOURCE + ": bad weight for " + row[0]);
            }
        }
        return new LogisticIncidentFilter(w);
    }

    double probability(List<String> features) {
        double z = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    Map<String, Double> weights() {
        return new TreeMap<>(weights);
    }

    /**
     * Fits weights to labelled feature lists: L2-regularized log loss, {@code iterations} full-batch gradient
     * steps. Features seen fewer than {@code minCount} times are left out (too rare to weigh).
     */
    static LogisticIncidentFilter train(List<List<String>> xs, List<Boolean> ys, double l2, int iterations,
                                        double rate, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        xs.forEach(x -> x.forEach(f -> counts.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= minCount || f.endsWith(":bias")) {
                index.put(f, index.size());
            }
        });
        List<int[]> rows = new ArrayList<>(xs.size());
        for (List<String> x : xs) {
            rows.add(x.stream().filter(index::containsKey).mapToInt(index::get).distinct().toArray());
        }
        double[] w = new double[index.size()];
        double[] g = new double[w.length];
        int n = rows.size();
        for (int it = 0; it < iterations; it++) {
            java.util.Arrays.fill(g, 0);
            for (int i = 0; i < n; i++) {
                double z = 0;
                for (int k : rows.get(i)) {
                    z += w[k];
                }
                double err = 1 / (1 + Math.exp(-z)) - (ys.get(i) ? 1 : 0);
                for (int k : rows.get(i)) {
                    g[k] += err;
                }
            }
            for (int k = 0; k < w.length; k++) {
                w[k] -= rate * (g[k] / n + l2 * w[k]);
            }
        }
        Map<String, Double> out = new HashMap<>();
        index.forEach((f, k) -> {
            if (Math.abs(w[k]) > 1e-6) {
                out.put(f, w[k]);
            }
        });
        return new LogisticIncidentFilter(out);
    }
}
