package org.rasd.ner.tagger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasd.model.EntityType;

/**
 * CoNLL exact-span scores: an entity counts only when its class and both token boundaries match the gold
 * ones. Chunks are read as conlleval does (an I-X after O or another class starts a new entity).
 * Accumulates over sentences; not thread-safe.
 */
public final class SpanScores {
    /** An entity as a token range and class. */
    public record Chunk(int start, int end, EntityType type) {
    }

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class); // tp, gold, predicted

    public SpanScores() {
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
    }

    /** The entities of a BIO tag sequence. */
    public static List<Chunk> chunks(int[] tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        EntityType type = null;
        for (int i = 0; i <= tags.length; i++) {
            int t = i < tags.length ? tags[i] : NerTags.O;
            boolean continues = t != NerTags.O && NerTags.isInside(t) && type == NerTags.type(t);
            if (!continues && type != null) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (t != NerTags.O && !continues) {
                start = i;
                type = NerTags.type(t);
            }
        }
        return out;
    }

    public void add(int[] gold, int[] predicted) {
        List<Chunk> g = chunks(gold);
        Set<Chunk> p = new HashSet<>(chunks(predicted));
        for (Chunk c : g) {
            counts.get(c.type())[1]++;
            if (p.contains(c)) {
                counts.get(c.type())[0]++;
            }
        }
        for (Chunk c : p) {
            counts.get(c.type())[2]++;
        }
    }

    public void addAll(SpanScores other) {
        for (EntityType t : EntityType.values()) {
            for (int k = 0; k < 3; k++) {
                counts.get(t)[k] += other.counts.get(t)[k];
            }
        }
    }

    /** {precision, recall, f1} for one class, or micro-averaged over all when {@code type} is null. */
    public double[] prf(EntityType type) {
        int tp = 0;
        int gold = 0;
        int pred = 0;
        for (EntityType t : EntityType.values()) {
            if (type == null || t == type) {
                tp += counts.get(t)[0];
                gold += counts.get(t)[1];
                pred += counts.get(t)[2];
            }
        }
        double p = pred == 0 ? 0 : (double) tp / pred;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    public int goldCount(EntityType type) {
        return counts.get(type)[1];
    }

    /** A table: one line per class and the micro average. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6s %9s %9s %9s %7s%n", "type", "precision",
                "recall", "F1", "gold"));
        int total = 0;
        for (EntityType t : EntityType.values()) {
            double[] s = prf(t);
            total += goldCount(t);
            b.append(String.format(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %7d%n", t, s[0], s[1], s[2], goldCount(t)));
        }
        double[] s = prf(null);
        b.append(String.format(Locale.ROOT, "%-6s %9.4f %9.4f %9.4f %7d%n", "micro", s[0], s[1], s[2], total));
        return b.toString();
    }
}
