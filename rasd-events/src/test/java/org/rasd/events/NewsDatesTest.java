package org.rasd.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rasd.model.Aux;
import org.rasd.model.Event;

/**
 * Regression guard for the far-off dates a web page showed (2050-01-01, 1385-01-01 on 2018 news): on real
 * articles no event date lies before 1900 or more than two years after publication, and no event that is not
 * future is dated after publication except those PLOVER's type rules recode from a future visit or withdrawal
 * (AGREE, CONCEDE), whose text states the later day. {@code DateAudit} prints the same on 2,000 articles.
 */
class NewsDatesTest {
    @Test
    void eventDatesStayNearPublicationOnRealNews() throws Exception {
        Path news = Path.of(System.getProperty("rasd.shared", "../../shared"), "data", "news",
                "ant-2018-arabic-news.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(news), "news dates test skipped: ../shared/data/news absent");
        ObjectMapper json = new ObjectMapper();
        List<String> bad = new ArrayList<>();
        int events = 0;
        try (BufferedReader r = Files.newBufferedReader(news)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && n++ < 400) {
                JsonNode d = json.readTree(line);
                LocalDate pub = LocalDate.parse(d.path("date").asText());
                for (Event e : Pipeline.events(d.path("text").asText(), pub)) {
                    events++;
                    if (e.date() == null) {
                        continue;
                    }
                    boolean outside = e.date().getYear() < 1900 || e.date().isAfter(pub.plusYears(2));
                    boolean later = e.date().isAfter(pub) && !e.aux().contains(Aux.FUTURE)
                            && e.type() != org.rasd.model.EventType.AGREE && e.type() != org.rasd.model.EventType.CONCEDE;
                    if (outside || later) {
                        bad.add(e.date() + " (published " + pub + ") " + e.type() + " " + e.provenance().triggerText());
                    }
                }
            }
        }
        assertThat(events).isGreaterThan(500);
        assertThat(bad).isEmpty();
    }
}
