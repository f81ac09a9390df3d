package org.rasd.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.rasd.model.Aux;
import org.rasd.model.Event;

/**
 * Developer tool (not a test): event dates on news articles — how many lie outside [1900, publication + 2
 * years], how many past events are dated after publication, and the distribution of event years relative to
 * the publication year. Usage: {@code DateAudit news.jsonl 2000}.
 */
public final class DateAudit {
    public static void main(String[] args) throws Exception {
        int limit = Integer.parseInt(args[1]);
        ObjectMapper json = new ObjectMapper();
        Map<Integer, Integer> offsets = new TreeMap<>();
        Map<String, Integer> nullKinds = new TreeMap<>();
        int events = 0;
        int outside = 0;
        int laterPast = 0;
        int nulls = 0;
        int historical = 0;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < limit) {
                JsonNode d = json.readTree(line);
                String text = d.path("text").asText();
                LocalDate pub = LocalDate.parse(d.path("date").asText());
                for (Event e : Pipeline.events(text, pub)) {
                    events++;
                    historical += e.aux().contains(Aux.HISTORICAL) ? 1 : 0;
                    if (e.date() == null) {
                        nulls++;
                        nullKinds.merge(e.aux().contains(Aux.FUTURE) ? "future" : e.aux().contains(Aux.HISTORICAL)
                                ? "past year, historical" : e.type() == org.rasd.model.EventType.AGREE ? "AGREE (future or last year)"
                                : "last year", 1, Integer::sum);
                        continue;
                    }
                    offsets.merge(e.date().getYear() - pub.getYear(), 1, Integer::sum);
                    boolean out = e.date().getYear() < 1900 || e.date().isAfter(pub.plusYears(2));
                    boolean later = e.date().isAfter(pub) && !e.aux().contains(Aux.FUTURE);
                    outside += out ? 1 : 0;
                    laterPast += later ? 1 : 0;
                    if (out || later) {
                        var s = e.provenance().trigger();
                        System.out.println(e.date() + " pub " + pub + " " + e.type() + " " + e.aux() + " :: "
                                + text.substring(Math.max(0, s.start() - 80), Math.min(text.length(), s.end() + 80))
                                        .replace('\n', ' '));
                    }
                }
            }
        }
        System.out.printf("%d events; outside [1900, pub+2y]: %d; past events dated after publication: %d; "
                + "no date: %d %s; historical: %d%nevent year - publication year: %s%n", events, outside, laterPast, nulls,
                nullKinds, historical, offsets);
    }
}
