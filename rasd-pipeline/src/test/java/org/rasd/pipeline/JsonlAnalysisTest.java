package org.rasd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasd.model.Document;

class JsonlAnalysisTest {
    private static final RasdPipeline PIPELINE = RasdPipeline.loadDefault();

    private static List<JsonNode> run(List<JsonlAnalysis.Item> items, int threads) {
        StringWriter out = new StringWriter();
        try (JsonlAnalysis run = new JsonlAnalysis(PIPELINE, threads, out)) {
            items.forEach(run::accept);
            run.finish();
        }
        var mapper = ContractJson.mapper();
        return out.toString().lines().map(l -> {
            try {
                return mapper.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("output line is not JSON: " + l, e);
            }
        }).toList();
    }

    @Test
    void anUnreadableLineBecomesAnErrorLineInPlaceAndTheOthersAreStillAnalyzed() {
        List<JsonNode> out = run(List.of(
                JsonlAnalysis.Item.of(new Document("a", "وصل الوزير إلى بغداد.", java.time.LocalDate.of(2018, 3, 1))),
                JsonlAnalysis.Item.failed(null, "line 2: malformed JSON"),
                JsonlAnalysis.Item.of(new Document("c", "عقد الاجتماع في الرياض.", null)),
                JsonlAnalysis.Item.failed("d", "line 4: missing string field \"text\"")), 2);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        assertThat(out.get(0).get("date").asText()).isEqualTo("2018-03-01");
        assertThat(out.get(0).get("sentences")).isNotEmpty();
        assertThat(out.get(1).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("error").asText()).isEqualTo("line 2: malformed JSON");
        assertThat(out.get(2).get("id").asText()).isEqualTo("c");
        assertThat(out.get(2).has("error")).isFalse();
        assertThat(out.get(3).get("id").asText()).isEqualTo("d");
        assertThat(out.get(3).get("error").asText()).contains("text");
    }

    @Test
    void outputKeepsInputOrderWithManyThreads() {
        List<JsonlAnalysis.Item> in = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            in.add(JsonlAnalysis.Item.of(new Document("doc-" + i, "جملة رقم " + i + ".", null)));
        }
        List<JsonNode> out = run(in, 4);
        assertThat(out).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(out.get(i).get("id").asText()).isEqualTo("doc-" + i);
        }
    }

    @Test
    void sentenceSpansPointIntoTheOriginalText() {
        String text = "عنوان بلا نقطة\nوقال المتحدث إن الاجتماع عقد أمس.";
        JsonNode doc = run(List.of(JsonlAnalysis.Item.of(new Document("x", text, null))), 1).get(0);
        for (JsonNode s : doc.get("sentences")) {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            assertThat(start).isBetween(0, end);
            assertThat(end).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(start, end)).isEqualTo(text.substring(start, end).strip());
        }
        assertThat(doc.get("sentences")).hasSizeGreaterThanOrEqualTo(2);
    }
}
