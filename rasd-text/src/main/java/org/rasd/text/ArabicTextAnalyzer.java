package org.rasd.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.model.Token;
import org.rasd.model.Word;
import org.rasd.model.WordKind;

/**
 * The Arabic text stage: sentences, tokens and clitic-segmented words with original offsets and
 * normalized forms. The stage order is: scan tokens on the original chars (so offsets never need
 * re-mapping), normalize each token into a skeleton, segment the skeleton with lexicon evidence, and
 * close sentences while scanning; records are built last from the flat {@link ScanBuffer}.
 * Thread-safe: each thread gets its own scanner and buffer.
 */
public final class ArabicTextAnalyzer implements TextAnalyzer {
    /** The bundled stem lexicon (news word counts + gazetteer stems). */
    public static final String LEXICON_RESOURCE = "/org/rasd/text/stem-lexicon.tsv.gz";
    /** The bundled weights of the clitic-split model. */
    public static final String WEIGHTS_RESOURCE = "/org/rasd/text/clitic-weights.tsv";

    private static volatile ArabicTextAnalyzer defaultInstance;

    private final CliticSegmenter segmenter;
    private final ArabicNormalizer normalizer;
    private final ThreadLocal<ArabicTextScanner> scanners;
    private final ThreadLocal<ScanBuffer> buffers = ThreadLocal.withInitial(ScanBuffer::new);

    public ArabicTextAnalyzer(CliticSegmenter segmenter, ArabicNormalizer normalizer) {
        this.segmenter = segmenter;
        this.normalizer = normalizer;
        this.scanners = ThreadLocal.withInitial(() -> new ArabicTextScanner(segmenter));
    }

    /** The analyzer with the bundled lexicon and weights, loaded once per JVM. */
    public static ArabicTextAnalyzer loadDefault() {
        ArabicTextAnalyzer a = defaultInstance;
        if (a == null) {
            synchronized (ArabicTextAnalyzer.class) {
                a = defaultInstance;
                if (a == null) {
                    a = new ArabicTextAnalyzer(defaultSegmenter(), ArabicNormalizer.standard());
                    defaultInstance = a;
                }
            }
        }
        return a;
    }

    /** The segmenter with the bundled lexicon and weights. */
    public static CliticSegmenter defaultSegmenter() {
        return new CliticSegmenter(StemLexicon.fromResource(LEXICON_RESOURCE), readWeights(WEIGHTS_RESOURCE));
    }

    static double[] readWeights(String resource) {
        try (InputStream in = ArabicTextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return SegmenterWeights.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public CliticSegmenter segmenter() {
        return segmenter;
    }

    /** A new scanner (the fast core) over this analyzer's segmenter, for one thread. */
    public ArabicTextScanner newScanner() {
        return new ArabicTextScanner(segmenter);
    }

    @Override
    public List<Sentence> analyze(String text) {
        ScanBuffer buf = buffers.get();
        scanners.get().scan(text, buf, true);
        return toSentences(text, buf);
    }

    /** Tokens and words of one pre-split sentence (no sentence splitting), as one sentence. */
    public Sentence analyzeSentence(String text) {
        ScanBuffer buf = buffers.get();
        scanners.get().scan(text, buf, false);
        List<Sentence> s = toSentences(text, buf);
        return s.isEmpty() ? new Sentence(0, new Span(0, 0), List.of()) : s.get(0);
    }

    private List<Sentence> toSentences(String text, ScanBuffer buf) {
        WordKind[] kinds = WordKind.values();
        Sentence[] sentences = new Sentence[buf.sentenceCount()];
        for (int s = 0; s < sentences.length; s++) {
            int t0 = buf.sentenceFirstToken(s);
            int t1 = buf.sentenceEndToken(s);
            Token[] tokens = new Token[t1 - t0];
            for (int t = t0; t < t1; t++) {
                Span span = new Span(buf.tokenStart(t), buf.tokenEnd(t));
                String surface = text.substring(span.start(), span.end());
                String norm = normalizer.normalizeForMatching(surface);
                int w0 = buf.tokenFirstWord(t);
                int w1 = buf.tokenEndWord(t);
                List<Word> words;
                if (w1 - w0 == 1) {
                    // Most tokens are one word: share the token's span, surface and normal form.
                    words = List.of(new Word(span, surface, norm, kinds[buf.wordKind(w0)]));
                } else {
                    Word[] ws = new Word[w1 - w0];
                    for (int w = w0; w < w1; w++) {
                        String ws0 = text.substring(buf.wordStart(w), buf.wordEnd(w));
                        ws[w - w0] = new Word(new Span(buf.wordStart(w), buf.wordEnd(w)), ws0,
                                normalizer.normalizeForMatching(ws0), kinds[buf.wordKind(w)]);
                    }
                    words = List.of(ws);
                }
                tokens[t - t0] = new Token(span, surface, norm, words);
            }
            sentences[s] = new Sentence(s, new Span(buf.sentenceStart(s), buf.sentenceEnd(s)), List.of(tokens));
        }
        return List.of(sentences);
    }
}
