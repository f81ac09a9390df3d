package org.rasd.text;

import static org.rasd.text.ArabicChars.CLASS;

import org.rasd.model.WordKind;

/**
 * The fast core of the text layer: one left-to-right pass over the original chars that finds tokens,
 * splits them into words with a {@link CliticSegmenter}, and closes sentences — writing only int offsets
 * into a {@link ScanBuffer}. No regexes, no per-char allocation. Not thread-safe (it owns scratch
 * buffers); {@link ArabicTextAnalyzer} keeps one per thread.
 *
 * <p>Sentence rules: a line break always ends a sentence (so headlines without final punctuation stand
 * alone); {@code . ! ? ؟ …} end one when followed by white space or the end of the text (a bare double
 * period, a headline separator in Arabic news, does not), unless the
 * period follows an abbreviation or a single letter, or the mark is inside a quotation or brackets
 * (the quotation is part of the sentence that reports it). Closing quotes and brackets right after the
 * mark belong to the sentence they close. A period or comma between
 * digits ({@code 3.5}, {@code 1,000}) is part of the number token.
 */
public final class ArabicTextScanner {
    private static final int KIND_PROCLITIC = WordKind.PROCLITIC.ordinal();
    private static final int KIND_STEM = WordKind.STEM.ordinal();
    private static final int KIND_ENCLITIC = WordKind.ENCLITIC.ordinal();
    private static final int KIND_NUMBER = WordKind.NUMBER.ordinal();
    private static final int KIND_PUNCT = WordKind.PUNCT.ordinal();

    private final CliticSegmenter segmenter;
    private final ArabicNormalizer skeleton = ArabicNormalizer.forSegmentation();
    private char[] sk = new char[64];
    private int[] src = new int[64];
    private final double[] features = new double[SplitFeatures.COUNT];
    private final SegmentationCache cache = new SegmentationCache();

    public ArabicTextScanner(CliticSegmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** Tokens and words of {@code text}, split into sentences. Clears {@code out} first. */
    public void scan(CharSequence text, ScanBuffer out) {
        scan(text, out, true);
    }

    /**
     * Tokens and words of {@code text}; with {@code sentences} false the whole text is one sentence
     * (used for pre-split input such as treebank sentences). Clears {@code out} first.
     */
    public void scan(CharSequence text, ScanBuffer out, boolean sentences) {
        out.clear();
        int n = text.length();
        int sentenceFirst = 0;
        int quoteDepth = 0;
        boolean asciiQuoteOpen = false;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            byte cls = CLASS[c];
            if (cls == ArabicChars.NEWLINE) {
                if (sentences) {
                    sentenceFirst = closeSentence(out, sentenceFirst);
                    quoteDepth = 0;
                    asciiQuoteOpen = false;
                }
                i++;
            } else if (cls == ArabicChars.SPACE || cls == ArabicChars.INVISIBLE) {
                i++; // an RLM or zero-width char between words belongs to no token
            } else if (cls != ArabicChars.PUNCT) {
                int j = endOfToken(text, i, n);
                int e = j;
                while (CLASS[text.charAt(e - 1)] == ArabicChars.INVISIBLE) {
                    e--;
                }
                addToken(text, i, e, out);
                i = j;
            } else {
                int len = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                        ? 2 : 1;
                out.addToken(i, i + len);
                out.addWord(i, i + len, KIND_PUNCT);
                if (isOpeningQuote(c)) {
                    quoteDepth++;
                } else if (isClosingQuote(c)) {
                    quoteDepth = Math.max(0, quoteDepth - 1);
                } else if (c == '"') {
                    asciiQuoteOpen = !asciiQuoteOpen;
                }
                i += len;
                if (sentences && isTerminal(c)) {
                    int markStart = i - len;
                    boolean abbreviation = c == '.' && followsAbbreviation(text, out, sentenceFirst);
                    // A mark inside a quotation ends the quoted sentence, not the one that reports it.
                    boolean quoted = quoteDepth > 0 || asciiQuoteOpen;
                    // Absorb a run of terminals and the closers that end a quotation or a bracket.
                    while (i < n) {
                        char d = text.charAt(i);
                        if (isTerminal(d) || isClosingQuote(d) || d == ')' || d == ']'
                                || (d == '"' && asciiQuoteOpen)) {
                            out.addToken(i, i + 1);
                            out.addWord(i, i + 1, KIND_PUNCT);
                            if (isClosingQuote(d)) {
                                quoteDepth = Math.max(0, quoteDepth - 1);
                            } else if (d == '"') {
                                asciiQuoteOpen = false;
                            }
                            i++;
                        } else {
                            break;
                        }
                    }
                    // Arabic headlines use a double period as a separator ("القاهرة.. قال"), not as an end.
                    boolean doublePeriod = c == '.' && i - markStart == 2 && text.charAt(markStart + 1) == '.';
                    int next = i;
                    while (next < n && CLASS[text.charAt(next)] == ArabicChars.INVISIBLE) {
                        next++;
                    }
                    boolean atBreak = !doublePeriod && (next == n || CLASS[text.charAt(next)] == ArabicChars.SPACE
                            || CLASS[text.charAt(next)] == ArabicChars.NEWLINE);
                    if (atBreak && !abbreviation && !quoted && quoteDepth == 0 && !asciiQuoteOpen) {
                        sentenceFirst = closeSentence(out, sentenceFirst);
                    }
                }
            }
        }
        closeSentence(out, sentenceFirst);
    }

    private static int closeSentence(ScanBuffer out, int firstToken) {
        if (out.tokenCount > firstToken) {
            out.addSentence(firstToken);
        }
        return out.tokenCount;
    }

    /** End of the letter/digit run starting at {@code i}; a separator between two digits stays inside. */
    private static int endOfToken(CharSequence text, int i, int n) {
        int j = i + 1;
        while (j < n) {
            char d = text.charAt(j);
            byte cls = CLASS[d];
            if (ArabicChars.isTokenChar(cls)) {
                j++;
            } else if (isNumberSeparator(d) && j + 1 < n && CLASS[text.charAt(j - 1)] == ArabicChars.DIGIT
                    && CLASS[text.charAt(j + 1)] == ArabicChars.DIGIT) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private void addToken(CharSequence text, int start, int end, ScanBuffer out) {
        out.addToken(start, end);
        int len = end - start;
        if (sk.length < len) {
            sk = new char[len * 2];
            src = new int[len * 2];
        }
        len = skeleton.normalize(text, start, end, sk, src, 0);
        boolean hasDigit = false;
        boolean hasLetter = false;
        for (int k = 0; k < len; k++) {
            byte cls = CLASS[sk[k]];
            hasDigit |= cls == ArabicChars.DIGIT || isNumberSeparator(sk[k]);
            hasLetter |= cls == ArabicChars.LETTER;
        }
        if (!hasLetter) {
            out.addWord(start, end, hasDigit ? KIND_NUMBER : KIND_STEM);
            return;
        }
        int packed;
        if (hasDigit) {
            packed = digitProclitics(len);
        } else {
            int h = SegmentationCache.hash(sk, len);
            packed = cache.get(sk, len, h);
            if (packed < 0) {
                packed = segmenter.segment(sk, len, features);
                cache.put(sk, len, h, packed);
            }
        }
        int proclitics = CliticSegmenter.proclitics(packed);
        int suffix = CliticSegmenter.encliticLength(packed);
        int at = start;
        for (int p = 0; p < proclitics; p++) {
            int next = src[p + 1];
            out.addWord(at, next, KIND_PROCLITIC);
            at = next;
        }
        int stemEnd = suffix > 0 ? src[len - suffix] : end;
        if (stemEnd > at) {
            out.addWord(at, stemEnd, hasDigit ? KIND_NUMBER : KIND_STEM);
        }
        if (suffix > 0) {
            out.addWord(stemEnd, end, KIND_ENCLITIC);
        }
    }

    /** و5000، ب2018: one or two proclitic letters glued to a number are split from it. */
    private int digitProclitics(int len) {
        int k = 0;
        while (k < len && k < 3 && CLASS[sk[k]] == ArabicChars.LETTER) {
            k++;
        }
        if (k == 0 || k > 2 || CLASS[sk[k]] != ArabicChars.DIGIT) {
            return 0;
        }
        for (int j = k; j < len; j++) {
            if (CLASS[sk[j]] == ArabicChars.LETTER) {
                return 0;
            }
        }
        int previous = -1;
        for (int j = 0; j < k; j++) {
            int type = SplitFeatures.procliticType(sk[j], previous, sk, j, len);
            if (type < 0 || type == 5) {
                return 0;
            }
            previous = type;
        }
        return k << 8;
    }

    /** A period after a single letter, a known abbreviation, or a list number opening the sentence ("1."). */
    private boolean followsAbbreviation(CharSequence text, ScanBuffer out, int sentenceFirst) {
        // The period is the last token; the one before must touch it.
        if (out.tokenCount < 2) {
            return false;
        }
        int t = out.tokenCount - 2;
        int s = out.tokenStart[t];
        int e = out.tokenEnd[t];
        if (e != out.tokenStart[t + 1]) {
            return false;
        }
        int letters = 0;
        int digits = 0;
        for (int k = s; k < e; k++) {
            byte cls = CLASS[text.charAt(k)];
            if (cls == ArabicChars.LETTER) {
                letters++;
            } else if (cls == ArabicChars.DIGIT) {
                digits++;
            }
        }
        boolean listNumber = t == sentenceFirst && digits == e - s && digits <= 2;
        return letters == 1 || listNumber || Abbreviations.contains(text, s, e);
    }

    static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
    }

    static boolean isOpeningQuote(char c) {
        return c == '\u00AB' || c == '\u201C' || c == '\u201E' || c == '(' || c == '[';
    }

    static boolean isClosingQuote(char c) {
        return c == '\u00BB' || c == '\u201D' || c == ')' || c == ']';
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == '\u066B' || c == '\u066C' || c == '/' || c == ':';
    }
}
