package org.rasd.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rasd.model.Sentence;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.ArabicTextAnalyzer;
import org.rasd.text.ArabicTextScanner;
import org.rasd.text.ScanBuffer;

/**
 * Text-stage throughput on real news, one thread: one benchmark operation is one pass over all the
 * sample's articles, so MB/s = ops/s x sample size ({@link TextThroughput} prints it). Side by side in
 * the same run: Lucene's {@code ArabicAnalyzer} (tokenize, lower-case, stop words, normalize, light
 * stem) as the named baseline; Rasd's normalizer alone; Rasd's scanner core (normalization +
 * sentences + tokens + clitic segmentation into offset arrays); and the full record-building API.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class TextStageBenchmark {
    @Param("2000")
    public int articles;

    List<String> texts;
    ArabicAnalyzer lucene;
    ArabicTextAnalyzer rasd;
    ArabicTextScanner scanner;
    ScanBuffer buffer;
    ArabicNormalizer normalizer;
    char[] normOut = new char[1 << 16];
    int[] normSrc = new int[1 << 16];

    @Setup(Level.Trial)
    public void load() {
        texts = NewsSample.articles(articles);
        lucene = new ArabicAnalyzer();
        rasd = ArabicTextAnalyzer.loadDefault();
        scanner = rasd.newScanner();
        buffer = new ScanBuffer();
        normalizer = ArabicNormalizer.standard();
        int longest = texts.stream().mapToInt(String::length).max().orElse(0);
        normOut = new char[longest];
        normSrc = new int[longest];
    }

    @TearDown(Level.Trial)
    public void close() {
        lucene.close();
    }

    @Benchmark
    public long luceneArabicAnalyzer(Blackhole bh) {
        long tokens = 0;
        try {
            for (String t : texts) {
                try (TokenStream ts = lucene.tokenStream("body", t)) {
                    CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                    OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                    ts.reset();
                    while (ts.incrementToken()) {
                        bh.consume(term.length() + offset.endOffset());
                        tokens++;
                    }
                    ts.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    @Benchmark
    public long rasdNormalizer() {
        long chars = 0;
        for (String t : texts) {
            chars += normalizer.normalize(t, 0, t.length(), normOut, normSrc, 0);
        }
        return chars;
    }

    @Benchmark
    public long rasdScannerCore() {
        long words = 0;
        for (String t : texts) {
            scanner.scan(t, buffer);
            words += buffer.wordCount() + buffer.sentenceCount();
        }
        return words;
    }

    @Benchmark
    public long rasdAnalyzerRecords(Blackhole bh) {
        long sentences = 0;
        for (String t : texts) {
            List<Sentence> s = rasd.analyze(t);
            bh.consume(s);
            sentences += s.size();
        }
        return sentences;
    }
}
