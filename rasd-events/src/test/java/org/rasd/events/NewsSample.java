package org.rasd.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.rasd.model.Event;

/** Developer tool: counts events by rule on news articles and prints samples of one type (not a test). */
public final class NewsSample {
    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[1]);
        String type = args[2];
        ObjectMapper json = new ObjectMapper();
        Map<String, Integer> byRule = new HashMap<>();
        int shown = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < limit) {
                JsonNode d = json.readTree(line);
                String text = d.path("text").asText();
                for (Event e : Pipeline.events(text, LocalDate.parse(d.path("date").asText()))) {
                    byRule.merge(e.type() + " " + e.provenance().rule(), 1, Integer::sum);
                    if (e.type().name().equals(type) && shown++ < 25) {
                        var s = e.provenance().trigger();
                        int a = Math.max(0, s.start() - 70);
                        int b = Math.min(text.length(), s.end() + 70);
                        System.out.println(e.provenance().triggerText() + " | A " + e.actor().stream().map(x -> x.actor().name()).toList()
                                + " | R " + e.recipient().stream().map(x -> x.actor().name()).toList() + " | " + e.aux()
                                + " :: " + text.substring(a, b).replace('\n', ' '));
                    }
                }
            }
        }
        byRule.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(30)
                .forEach(x -> System.out.println(x.getValue() + "\t" + x.getKey()));
    }
}
