package org.rasd.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.rasd.events.eval.GsrEvaluator;
import org.rasd.model.Document;
import org.rasd.model.EventType;
import org.rasd.model.Sentence;
import org.rasd.text.ArabicTextAnalyzer;

/**
 * Developer tool (not a test): trains {@link LogisticIncidentFilter} on the GSR dev part, cross-validated by
 * source document (train on one half, score the other, both directions, against the rule thresholds), then
 * on all of it, and writes the resource. Usage:
 * {@code IncidentFilterTrainer <gsr dir> [<out tsv>] [l2 iterations minCount]}.
 */
public final class IncidentFilterTrainer {
    /** One judged sentence and the ASSAULT/PROTEST candidates the coder found in it. */
    record Sample(EventType type, String document, boolean positive, List<PloverEventCoder.Recorded> cands) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        double l2 = args.length > 2 ? Double.parseDouble(args[2]) : 0.01;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        int minCount = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        double rate = 1.0;
        List<Sample> samples = collect(dir);
        for (int h = 0; h < 2; h++) {
            Predicate<String> test = GsrEvaluator.half(h);
            LogisticIncidentFilter f = fit(samples, test.negate(), l2, iterations, rate, minCount);
            for (EventType t : new EventType[] {EventType.ASSAULT, EventType.PROTEST}) {
                System.out.printf("half %d %s  rules: %s  rules + veto %.2f (filter trained on the other half): %s%n", h,
                        t, score(samples, t, test, null, 0.5), PloverEventCoder.FILTER_VETO,
                        score(samples, t, test, f, -PloverEventCoder.FILTER_VETO));
                if (System.getProperty("veto") != null) {
                    for (double th = 0.1; th < 0.55; th += 0.05) {
                        System.out.printf("   veto %.2f %s%n", th, score(samples, t, test, f, -th));
                    }
                }
                if (System.getProperty("sweep") != null) {
                    for (double th = 0.2; th < 0.75; th += 0.05) {
                        System.out.printf("   th %.2f %s%n", th, score(samples, t, test, f, th));
                    }
                }
            }
        }
        LogisticIncidentFilter all = fit(samples, d -> true, l2, iterations, rate, minCount);
        for (EventType t : new EventType[] {EventType.ASSAULT, EventType.PROTEST}) {
            System.out.printf("all %s  rules: %s  rules + veto (trained on all, in-sample): %s%n", t,
                    score(samples, t, d -> true, null, 0.5), score(samples, t, d -> true, all, -PloverEventCoder.FILTER_VETO));
        }
        if (args.length > 1) {
            StringBuilder sb = new StringBuilder();
            sb.append("# Rasd incident filter: logistic-regression weights over IncidentFeatures for ASSAULT (A:) and\n")
                    .append("# PROTEST (P:) candidates; the coder drops an ASSAULT its rules emit when the probability is\n")
                    .append("# below 0.25 (PloverEventCoder.FILTER_VETO). Only the A: weights are shipped.\n")
                    .append("# source: trained on the Arabic GSR dev part (OEDA arabic_event_gsr, ../shared/data/events/arabic-gsr)\n")
                    .append("# licence: MIT (the GSR's licence)\n")
                    .append("# version: 1\n")
                    .append(String.format(Locale.ROOT, "# training: l2=%s iterations=%d rate=%s minCount=%d, deterministic%n",
                            l2, iterations, rate, minCount))
                    .append("# reproduce: java -Drasd.events.nofilter=true -Dveto=1 -cp <rasd-events test classpath> "
                            + "org.rasd.events.IncidentFilterTrainer ../shared/data/events/arabic-gsr "
                            + "rasd-events/src/main/resources/org/rasd/events/incident-filter.tsv\n");
            for (Map.Entry<String, Double> e : all.weights().entrySet()) {
                if (!e.getKey().startsWith("A:")) {
                    continue; // the coder filters ASSAULT only: PROTEST's filter lost on held-out documents
                }
                sb.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
            }
            Files.writeString(Path.of(args[1]), sb.toString(), StandardCharsets.UTF_8);
            System.out.println("wrote " + args[1]);
        }
    }

    static List<Sample> collect(Path dir) {
        List<PloverEventCoder.Recorded> current = new ArrayList<>();
        PloverEventCoder coder = PloverEventCoder.withFilter(null, current::add);
        ArabicTextAnalyzer text = ArabicTextAnalyzer.loadDefault();
        List<Sample> out = new ArrayList<>();
        for (EventType t : new EventType[] {EventType.ASSAULT, EventType.PROTEST}) {
            for (GsrEvaluator.Labelled l : GsrEvaluator.labelled(dir, t)) {
                current.clear();
                List<Sentence> ss = text.analyze(l.text());
                coder.code(new Document("gsr", l.text(), null), ss, Pipeline.entities(l.text(), ss));
                out.add(new Sample(t, l.document(), l.positive(),
                        current.stream().filter(r -> r.type() == t).toList()));
            }
        }
        return out;
    }

    static LogisticIncidentFilter fit(List<Sample> samples, Predicate<String> trainDocs, double l2, int iterations,
                                      double rate, int minCount) {
        List<List<String>> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        for (Sample s : samples) {
            if (trainDocs.test(s.document())) {
                for (PloverEventCoder.Recorded r : s.cands()) {
                    xs.add(r.features());
                    ys.add(s.positive());
                }
            }
        }
        return LogisticIncidentFilter.train(xs, ys, l2, iterations, rate, minCount);
    }

    /** Sentence detection P/R/F1 on the test documents: by the rules' thresholds, or by the filter. */
    static String score(List<Sample> samples, EventType type, Predicate<String> testDocs, LogisticIncidentFilter f,
                        double threshold) {
        int tp = 0, fp = 0, fn = 0;
        for (Sample s : samples) {
            if (s.type() != type || !testDocs.test(s.document())) {
                continue;
            }
            // a negative threshold: the filter only vetoes what the rules emit (p below -threshold)
            // as GsrEvaluator: a negated, future or hypothetical event is not a detection
            boolean found = s.cands().stream().filter(r -> r.features().stream().noneMatch(x -> x.endsWith("aux=NEGATION")
                    || x.endsWith("aux=FUTURE") || x.endsWith("aux=HYPOTHETICAL"))).anyMatch(r -> f == null ? r.rulePasses()
                    : threshold < 0 ? r.rulePasses() && (r.exempt() || f.probability(r.features()) >= -threshold)
                    : f.probability(r.features()) >= threshold);
            if (found && s.positive()) tp++;
            else if (found) fp++;
            else if (s.positive()) fn++;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", p, r,
                p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn);
    }
}
