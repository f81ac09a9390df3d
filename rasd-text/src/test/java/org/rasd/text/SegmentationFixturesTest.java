package org.rasd.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasd.model.Sentence;

/**
 * Segmentation fixtures: each line of {@code segmentation/fixtures.tsv} is {@code name<TAB>input<TAB>
 * expected words}, the name saying what behaviour it pins down.
 */
class SegmentationFixturesTest {
    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = SegmentationFixturesTest.class.getResourceAsStream("/segmentation/fixtures.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(Arguments.of(f[0], f[1], f[2]));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("fixtures")
    void segmentsAsUniversalDependenciesArabic(String name, String input, String expected) {
        Sentence s = ArabicTextAnalyzer.loadDefault().analyzeSentence(input);
        String got = s.tokens().stream().flatMap(t -> t.words().stream()).map(w -> w.text())
                .collect(Collectors.joining(" "));
        assertThat(got).as(name).isEqualTo(expected);
    }
}
