package org.rasd.text;

import java.util.List;
import org.rasd.model.Sentence;

/** The text stage: splits a text into sentences, tokens and words. Thread-safe, pure. */
public interface TextAnalyzer {
    /** Sentences of {@code text}, with tokens and words; spans are offsets into {@code text}. */
    List<Sentence> analyze(String text);
}
