package org.rasd.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;

/** Developer tool: time of the event stage alone on news articles, and event counts by type (not a test). */
public final class CoderSpeed {
    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            String line;
            while ((line = r.readLine()) != null && docs.size() < limit) {
                JsonNode n = json.readTree(line);
                docs.add(new Document(n.path("id").asText(), n.path("text").asText(), LocalDate.parse(n.path("date").asText())));
            }
        }
        List<List<Sentence>> ss = new ArrayList<>();
        List<List<EntityMention>> es = new ArrayList<>();
        for (Document d : docs) {
            List<Sentence> s = Pipeline.sentences(d.text());
            ss.add(s);
            es.add(Pipeline.entities(d.text(), s));
        }
        PloverEventCoder coder = PloverEventCoder.loadDefault();
        Map<String, Integer> counts = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int events = 0;
            for (int i = 0; i < docs.size(); i++) {
                List<Event> ev = coder.code(docs.get(i), ss.get(i), es.get(i));
                events += ev.size();
                if (round == 0) {
                    ev.forEach(e -> counts.merge(e.type().name(), 1, Integer::sum));
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %d docs, %d events, %.2f s, %.0f docs/s (event stage, 1 thread)%n", round,
                    docs.size(), events, s, docs.size() / s);
        }
        System.out.println(counts + " failed sentences: " + coder.failedSentences());
    }
}
