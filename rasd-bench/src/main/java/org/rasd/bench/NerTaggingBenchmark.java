package org.rasd.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.rasd.model.EntityMention;
import org.rasd.model.Sentence;
import org.rasd.model.Token;
import org.rasd.ner.EntityRecognizer;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.ner.tagger.NerTagger;
import org.rasd.text.ArabicTextAnalyzer;

/**
 * NER throughput on real news, one thread, reported directly in tokens per second: one invocation handles
 * exactly {@value #TOKENS} tokens (whole sentences of the first articles of the news sample, the last one cut).
 * {@code tagger}: feature extraction + Viterbi of the statistical model; {@code recognizer}: the whole entity
 * stage (tagger, lexicon matching, linking) on the text layer's sentences. Run:
 * {@code java -cp rasd-bench/target/benchmarks.jar org.rasd.bench.NerTaggingBenchmark} from the repo root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class NerTaggingBenchmark {
    static final int TOKENS = 100_000;

    List<String[]> sentences;
    List<String> texts;
    List<List<Sentence>> analyzed;
    NerTagger tagger;
    EntityRecognizer recognizer;

    @Setup(Level.Trial)
    public void load() {
        recognizer = EntityRecognizer.loadDefault();
        tagger = recognizer.tagger();
        ArabicTextAnalyzer text = ArabicTextAnalyzer.loadDefault();
        sentences = new ArrayList<>();
        texts = new ArrayList<>();
        analyzed = new ArrayList<>();
        int count = 0;
        for (String article : NewsSample.articles(2000)) {
            List<Sentence> ss = text.analyze(article);
            List<Sentence> kept = new ArrayList<>();
            for (Sentence s : ss) {
                if (count >= TOKENS) {
                    break;
                }
                List<Token> toks = s.tokens();
                int n = Math.min(toks.size(), TOKENS - count);
                String[] arr = new String[n];
                for (int i = 0; i < n; i++) {
                    arr[i] = toks.get(i).text();
                }
                sentences.add(arr);
                kept.add(n == toks.size() ? s : new Sentence(s.index(), s.span(), toks.subList(0, n)));
                count += n;
            }
            texts.add(article);
            analyzed.add(kept);
            if (count >= TOKENS) {
                break;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void tagger(Blackhole bh) {
        DocumentHistory history = new DocumentHistory();
        for (String[] s : sentences) {
            bh.consume(tagger.tag(s, history));
        }
    }

    @Benchmark
    @OperationsPerInvocation(TOKENS)
    public void recognizer(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            List<EntityMention> ms = recognizer.find(texts.get(i), analyzed.get(i));
            bh.consume(ms);
        }
    }

    /**
     * Runs the JMH benchmark; with {@code --cpu-time}, instead measures each pass in thread CPU time (median of
     * 15 passes after 10 warm-up passes), which stays meaningful when other processes load the machine.
     */
    public static void main(String[] args) throws RunnerException {
        if (args.length > 0 && args[0].equals("--cpu-time")) {
            NerTaggingBenchmark b = new NerTaggingBenchmark();
            b.load();
            Blackhole bh = new Blackhole(
                    "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
            System.out.printf("tagger      %.0f tokens per CPU-second%n", TOKENS / medianCpuSeconds(() -> b.tagger(bh)));
            System.out.printf("recognizer  %.0f tokens per CPU-second%n",
                    TOKENS / medianCpuSeconds(() -> b.recognizer(bh)));
            return;
        }
        new Runner(new OptionsBuilder().include(NerTaggingBenchmark.class.getSimpleName()).build()).run();
    }

    private static double medianCpuSeconds(Runnable pass) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            pass.run();
        }
        double[] s = new double[15];
        for (int i = 0; i < s.length; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            pass.run();
            s[i] = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
