package org.rasd.text;

import java.util.Arrays;

/**
 * The text layer's output as flat, reusable int arrays: sentence, token and word boundaries as original
 * UTF-16 offsets, plus each word's kind. This is what the fast core writes; {@link ArabicTextAnalyzer}
 * builds the immutable records on top of it. Not thread-safe: one buffer per thread, reused across texts.
 */
public final class ScanBuffer {
    int sentenceCount;
    int[] sentenceStart = new int[16];
    int[] sentenceEnd = new int[16];
    /** Index of the sentence's first token; its last token is the next sentence's first minus one. */
    int[] sentenceFirstToken = new int[16];

    int tokenCount;
    int[] tokenStart = new int[256];
    int[] tokenEnd = new int[256];
    int[] tokenFirstWord = new int[256];

    int wordCount;
    int[] wordStart = new int[512];
    int[] wordEnd = new int[512];
    byte[] wordKind = new byte[512];

    /** Empties the buffer, keeping its capacity. */
    public void clear() {
        sentenceCount = 0;
        tokenCount = 0;
        wordCount = 0;
    }

    public int sentenceCount() {
        return sentenceCount;
    }

    public int tokenCount() {
        return tokenCount;
    }

    public int wordCount() {
        return wordCount;
    }

    public int sentenceStart(int i) {
        return sentenceStart[i];
    }

    public int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    /** First token of sentence {@code i}. */
    public int sentenceFirstToken(int i) {
        return sentenceFirstToken[i];
    }

    /** One past the last token of sentence {@code i}. */
    public int sentenceEndToken(int i) {
        return i + 1 < sentenceCount ? sentenceFirstToken[i + 1] : tokenCount;
    }

    public int tokenStart(int i) {
        return tokenStart[i];
    }

    public int tokenEnd(int i) {
        return tokenEnd[i];
    }

    public int tokenFirstWord(int i) {
        return tokenFirstWord[i];
    }

    /** One past the last word of token {@code i}. */
    public int tokenEndWord(int i) {
        return i + 1 < tokenCount ? tokenFirstWord[i + 1] : wordCount;
    }

    public int wordStart(int i) {
        return wordStart[i];
    }

    public int wordEnd(int i) {
        return wordEnd[i];
    }

    /** The word's kind as the ordinal of {@link org.rasd.model.WordKind}. */
    public int wordKind(int i) {
        return wordKind[i];
    }

    void addToken(int start, int end) {
        if (tokenCount == tokenStart.length) {
            int cap = tokenCount * 2;
            tokenStart = Arrays.copyOf(tokenStart, cap);
            tokenEnd = Arrays.copyOf(tokenEnd, cap);
            tokenFirstWord = Arrays.copyOf(tokenFirstWord, cap);
        }
        tokenStart[tokenCount] = start;
        tokenEnd[tokenCount] = end;
        tokenFirstWord[tokenCount++] = wordCount;
    }

    void addWord(int start, int end, int kind) {
        if (wordCount == wordStart.length) {
            int cap = wordCount * 2;
            wordStart = Arrays.copyOf(wordStart, cap);
            wordEnd = Arrays.copyOf(wordEnd, cap);
            wordKind = Arrays.copyOf(wordKind, cap);
        }
        wordStart[wordCount] = start;
        wordEnd[wordCount] = end;
        wordKind[wordCount++] = (byte) kind;
    }

    void addSentence(int firstToken) {
        if (sentenceCount == sentenceStart.length) {
            int cap = sentenceCount * 2;
            sentenceStart = Arrays.copyOf(sentenceStart, cap);
            sentenceEnd = Arrays.copyOf(sentenceEnd, cap);
            sentenceFirstToken = Arrays.copyOf(sentenceFirstToken, cap);
        }
        sentenceStart[sentenceCount] = tokenStart[firstToken];
        sentenceEnd[sentenceCount] = tokenEnd[tokenCount - 1];
        sentenceFirstToken[sentenceCount++] = firstToken;
    }
}
