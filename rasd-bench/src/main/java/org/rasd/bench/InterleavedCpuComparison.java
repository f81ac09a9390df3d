package org.rasd.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.rasd.text.ArabicTextAnalyzer;
import org.rasd.text.ArabicTextScanner;
import org.rasd.text.ScanBuffer;

/**
 * A companion to the JMH run for a shared, loaded machine: the same three workloads as
 * {@link TextStageBenchmark} (Lucene ArabicAnalyzer, Rasd scanner core, Rasd records), interleaved pass
 * by pass so load changes hit all of them alike, timed in this thread's CPU time (not wall time), median
 * of the passes after warm-up. {@code java -cp rasd-bench/target/benchmarks.jar
 * org.rasd.bench.InterleavedCpuComparison [ARTICLES] [PASSES]}
 */
public final class InterleavedCpuComparison {
    private InterleavedCpuComparison() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = passes / 3;
        List<String> texts = NewsSample.articles(articles);
        double mb = NewsSample.utf8Bytes(texts) / 1e6;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ArabicTextAnalyzer rasd = ArabicTextAnalyzer.loadDefault();
        ArabicTextScanner scanner = rasd.newScanner();
        ScanBuffer buffer = new ScanBuffer();
        String[] names = {"luceneArabicAnalyzer", "rasdScannerCore", "rasdAnalyzerRecords"};
        double[][] ms = new double[3][passes];
        long sink = 0;
        try (ArabicAnalyzer lucene = new ArabicAnalyzer()) {
            for (int p = 0; p < passes; p++) {
                long t0 = cpu.getCurrentThreadCpuTime();
                for (String t : texts) {
                    try (TokenStream ts = lucene.tokenStream("body", t)) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            sink += term.length();
                        }
                        ts.end();
                    }
                }
                long t1 = cpu.getCurrentThreadCpuTime();
                for (String t : texts) {
                    scanner.scan(t, buffer);
                    sink += buffer.wordCount();
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                for (String t : texts) {
                    sink += rasd.analyze(t).size();
                }
                long t3 = cpu.getCurrentThreadCpuTime();
                ms[0][p] = (t1 - t0) / 1e6;
                ms[1][p] = (t2 - t1) / 1e6;
                ms[2][p] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%d articles, %.2f MB UTF-8, %d passes (%d warm-up), thread CPU time%n",
                articles, mb, passes, warmup);
        double luceneMedian = 0;
        for (int k = 0; k < 3; k++) {
            double[] x = Arrays.copyOfRange(ms[k], warmup, passes);
            Arrays.sort(x);
            double median = x[x.length / 2];
            if (k == 0) {
                luceneMedian = median;
            }
            System.out.printf(Locale.ROOT, "%-22s %8.1f ms/pass %8.1f MB/s %6.2fx Lucene%n", names[k], median,
                    mb / (median / 1000), luceneMedian / median);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
