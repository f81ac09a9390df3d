package org.rasd.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs one fuzz target over generated inputs: every input is checked, the first exception or broken invariant fails
 * the test with the seed, the input number and the input itself, and the count and time are printed (CI logs show
 * how many inputs each run covered).
 */
final class FuzzRun {
    /** Inputs run per target, across the JVM, for the summary line. */
    private static final List<String> SUMMARY = new ArrayList<>();
    private static long total;

    private FuzzRun() {
    }

    /** A check of one input: {@code null} when every invariant holds, else what is broken. */
    interface Check<T> {
        String check(T input) throws Exception;
    }

    static <T> void run(String target, int n, Supplier<T> inputs, java.util.function.Function<T, String> show,
                        Check<T> check) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            T input = inputs.get();
            String broken;
            try {
                broken = check.check(input);
            } catch (Throwable e) {
                broken = "exception escaped: " + e;
                e.printStackTrace();
            }
            if (broken != null) {
                fail(String.format("fuzz %s, seed %d, input %d: %s%n  input: %s", target, FuzzInputs.SEED, i, broken,
                        show.apply(input)));
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        synchronized (SUMMARY) {
            total += n;
            SUMMARY.add(target);
            System.out.printf("fuzz %-28s %6d inputs in %6d ms (seed %d; total so far %d)%n", target, n, ms,
                    FuzzInputs.SEED, total);
        }
    }

    static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        seeds.add(Fixtures.ARTICLE);
        seeds.add(Fixtures.text("html/news-article.html"));
        seeds.add(Fixtures.text("feeds/rss2-arabic.xml"));
        seeds.add(Fixtures.text("feeds/atom-arabic.xml"));
        seeds.addAll(Fixtures.newsTexts(50));
        return seeds;
    }
}
