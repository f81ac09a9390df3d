package org.rasd.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link TextStageBenchmark} and prints each benchmark's throughput in MB/s of UTF-8 text.
 * {@code java -cp rasd-bench/target/benchmarks.jar org.rasd.bench.TextThroughput [ARTICLES]}
 */
public final class TextThroughput {
    private TextThroughput() {
    }

    public static void main(String[] args) throws RunnerException {
        String articles = args.length > 0 ? args[0] : "2000";
        long bytes = NewsSample.utf8Bytes(NewsSample.articles(Integer.parseInt(articles)));
        Options opt = new OptionsBuilder()
                .include(TextStageBenchmark.class.getSimpleName())
                .param("articles", articles)
                .build();
        Collection<RunResult> results = new Runner(opt).run();
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "%n%s articles, %.2f MB UTF-8, one thread%n", articles, mb);
        System.out.printf(Locale.ROOT, "%-24s %12s %12s%n", "benchmark", "passes/s", "MB/s");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            double ops = r.getPrimaryResult().getScore();
            double err = r.getPrimaryResult().getScoreError();
            System.out.printf(Locale.ROOT, "%-24s %12.3f %12.1f  (± %.1f)%n", name, ops, ops * mb, err * mb);
        }
    }
}
