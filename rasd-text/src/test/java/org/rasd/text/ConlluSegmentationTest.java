package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Span;

class ConlluSegmentationTest {
    private static Path fixture() throws URISyntaxException {
        return Path.of(ConlluSegmentationTest.class.getResource("/conllu/two-sentences.conllu").toURI());
    }

    @Test
    void alignsGoldWordsToTextOffsetsAndSkipsMultiwordRanges() throws Exception {
        List<ConlluSegmentation> gold = ConlluSegmentation.read(fixture());
        assertThat(gold).hasSize(2);
        ConlluSegmentation s = gold.get(0);
        assertThat(s.text()).isEqualTo("وقال الوزير: كتابه.");
        assertThat(s.words()).extracting(w -> w.of(s.text()))
                .containsExactly("و", "قال", "الوزير", ":", "كتاب", "ه", ".");
        assertThat(s.words().get(1)).isEqualTo(new Span(1, 4));
        assertThat(s.unaligned()).isZero();
    }

    @Test
    void scoresWordPrecisionRecallAndF1() throws Exception {
        SegmentationEvaluator.Scores s = new SegmentationEvaluator(ArabicTextAnalyzer.loadDefault())
                .evaluate(ConlluSegmentation.read(fixture()));
        assertThat(s.sentences()).isEqualTo(2);
        assertThat(s.gold()).isEqualTo(8);
        assertThat(s.correct()).isEqualTo(8);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void countsWordsMissingFromTheTextAgainstRecall() throws Exception {
        SegmentationEvaluator.Scores s = new SegmentationEvaluator(ArabicTextAnalyzer.loadDefault())
                .evaluate(List.of(new ConlluSegmentation("وقال", List.of(new Span(0, 1), new Span(1, 4)), 1)));
        assertThat(s.gold()).isEqualTo(3);
        assertThat(s.recall()).isEqualTo(2.0 / 3);
        assertThat(s.precision()).isEqualTo(1.0);
    }

    @Test
    void rejectsSentenceWithoutTextLine(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.conllu");
        Files.writeString(f, "1\tقال\tقال\tVERB\t_\t_\t0\troot\t_\t_\n\n");
        assertThatThrownBy(() -> ConlluSegmentation.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("# text");
    }
}
