package org.rasd.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlAnalysisTest {
    private static final RasdPipeline PIPELINE = RasdPipeline.loadDefault();

    private static List<JsonNode> run(String input, int threads) throws Exception {
        StringWriter out = new StringWriter();
        new JsonlAnalysis(PIPELINE, threads).run(new BufferedReader(new StringReader(input)), out);
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
    void malformedLineYieldsAnErrorLineAndTheOthersAreStillAnalyzed() throws Exception {
        String input = """
                {"id": "a", "text": "وصل الوزير إلى بغداد.", "date": "2018-03-01"}
                {"id": "b", "text": "نص مقطوع
                {"id": "c", "text": "عقد الاجتماع في الرياض."}
                {"id": "d", "text": 42}
                {"id": "e", "text": "اجتماع", "date": "01/03/2018"}
                [1, 2]
                """;
        List<JsonNode> out = run(input, 2);
        assertThat(out).hasSize(6);
        assertThat(out.get(0).get("id").asText()).isEqualTo("a");
        assertThat(out.get(0).get("date").asText()).isEqualTo("2018-03-01");
        assertThat(out.get(0).get("sentences")).isNotEmpty();
        assertThat(out.get(1).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("error").asText()).contains("line 2").contains("malformed JSON");
        assertThat(out.get(2).get("id").asText()).isEqualTo("c");
        assertThat(out.get(2).has("error")).isFalse();
        assertThat(out.get(3).get("id").asText()).isEqualTo("d");
        assertThat(out.get(3).get("error").asText()).contains("text");
        assertThat(out.get(4).get("error").asText()).contains("bad date");
        assertThat(out.get(5).get("error").asText()).contains("object");
    }

    @Test
    void outputKeepsInputOrderWithManyThreads() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            in.append("{\"id\": \"doc-").append(i).append("\", \"text\": \"").append("جملة رقم ").append(i)
                    .append(".\"}\n");
        }
        List<JsonNode> out = run(in.toString(), 4);
        assertThat(out).hasSize(300);
        for (int i = 0; i < 300; i++) {
            assertThat(out.get(i).get("id").asText()).isEqualTo("doc-" + i);
        }
    }

    @Test
    void sentenceSpansPointIntoTheOriginalText() throws Exception {
        String text = "عنوان بلا نقطة\nوقال المتحدث إن الاجتماع عقد أمس.";
        String line = ContractJson.mapper().createObjectNode().put("id", "x").put("text", text).toString();
        JsonNode doc = run(line + "\n", 1).get(0);
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
