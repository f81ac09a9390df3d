package org.rasd.ingest;

import org.junit.jupiter.api.Test;
import org.rasd.text.ArabicNormalizer;
import org.rasd.text.ArabicTextAnalyzer;
import org.rasd.text.TextAnalyzer;

/** Fuzzes the text layer: normalization alignment and sentences/tokens/words offsets on hostile text. */
class TextLayerFuzzTest {
    @Test
    void normalizerAlignmentStaysInsideAndMonotonic() {
        FuzzInputs in = new FuzzInputs(1, FuzzRun.seeds());
        for (ArabicNormalizer n : new ArabicNormalizer[] {ArabicNormalizer.standard(),
            ArabicNormalizer.keepingTaMarbuta()}) {
            FuzzRun.run("text/normalize" + (n.foldsTaMarbuta() ? "" : "(keep ta)"), FuzzInputs.count(1500),
                    () -> in.text(400), FuzzInputs::show, t -> OffsetInvariants.alignment(t, n.normalize(t)));
        }
    }

    @Test
    void sentencesTokensAndWordsKeepTheOffsetContract() {
        FuzzInputs in = new FuzzInputs(2, FuzzRun.seeds());
        TextAnalyzer analyzer = ArabicTextAnalyzer.loadDefault();
        FuzzRun.run("text/analyze", FuzzInputs.count(3000), () -> in.text(600), FuzzInputs::show,
                t -> OffsetInvariants.sentences(t, analyzer.analyze(t)));
    }
}
