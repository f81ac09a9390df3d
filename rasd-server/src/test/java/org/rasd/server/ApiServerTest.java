package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Document;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.Ingestion;
import org.rasd.store.RasdStore;
import org.rasd.store.StubStages;

/** The REST API against a really started server on a free loopback port. */
class ApiServerTest {
    static final String MEETING = "عقد وزير خارجية السعودية اجتماعا مع نظيره من العراق في الرياض أمس.\n"
            + "وبحث الجانبان التعاون في مكافحة الإرهاب.";
    static final String PLAIN = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار أوبك.";
    static final String TOKEN = "s3cret-token-for-tests";

    @TempDir
    static Path dir;
    static RasdStore store;
    static RasdServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = RasdStore.open(dir);
        Ingestion run = store.ingestion(StubStages.pipeline(), 1, Ingestion.Listener.NONE);
        run.submit(new Document("meeting-1", MEETING, LocalDate.of(2018, 3, 1), "اجتماع في الرياض",
                "https://example.org/m1", "test"), "test");
        run.submit(new Document("oil-1", PLAIN, LocalDate.of(2018, 3, 2), "النفط", null, "test"), "test");
        run.finish();
        server = RasdServer.start(store, StubStages::pipeline, "127.0.0.1", 0, TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return ContractJson.mapper().readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void servesTheRtlPageAtRoot() throws Exception {
        HttpResponse<String> r = get("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).contains("text/html");
        assertThat(r.body()).contains("lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(r.body()).doesNotContain("https://");
        assertThat(get("/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiDocumentsEveryEndpoint() throws Exception {
        JsonNode api = json(get("/openapi.json"));
        assertThat(api.get("openapi").asText()).startsWith("3.");
        for (String path : new String[] {"/api/stats", "/api/search", "/api/events", "/api/documents/{id}",
            "/api/actors", "/api/stats/daily", "/api/places", "/api/failures", "/documents"}) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void statsCountWhatIsStored() throws Exception {
        JsonNode s = json(get("/api/stats"));
        assertThat(s.get("documents").asInt()).isEqualTo(2);
        assertThat(s.get("events").asInt()).isEqualTo(1);
        assertThat(s.get("entities").asInt()).isEqualTo(3);
    }

    @Test
    void searchFindsArabicAcrossClitics() throws Exception {
        JsonNode r = json(get("/api/search?q=" + enc("بالرياض")));
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode hit = r.get("items").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("meeting-1");
        assertThat(hit.get("title").asText()).isEqualTo("اجتماع في الرياض");
        assertThat(hit.get("date").asText()).isEqualTo("2018-03-01");
        assertThat(hit.get("snippet").asText()).contains("الرياض");
        assertThat(json(get("/api/search?limit=1&offset=1")).get("items")).hasSize(1);
    }

    @Test
    void eventsCarryTheirDocumentAndFilter() throws Exception {
        JsonNode r = json(get("/api/events?type=CONSULT&country=IRQ&from=2018-03-01&to=2018-03-31"));
        assertThat(r.get("total").asInt()).isEqualTo(1);
        JsonNode e = r.get("items").get(0);
        assertThat(e.get("document_id").asText()).isEqualTo("meeting-1");
        assertThat(e.get("event_type").asText()).isEqualTo("CONSULT");
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("اجتماع");
        assertThat(json(get("/api/events?type=ASSAULT")).get("total").asInt()).isZero();
    }

    @Test
    void documentHasTheAnalyzeObjectPlusTextTitleUrl() throws Exception {
        JsonNode d = json(get("/api/documents/meeting-1"));
        assertThat(d.get("text").asText()).isEqualTo(MEETING);
        assertThat(d.get("url").asText()).isEqualTo("https://example.org/m1");
        assertThat(d.get("sentences")).hasSize(2);
        assertThat(d.get("entities")).hasSize(3);
        assertThat(d.get("events")).hasSize(1);
    }

    @Test
    void actorsDailyAndPlacesAggregateEvents() throws Exception {
        JsonNode actors = json(get("/api/actors?type=CONSULT")).get("items");
        assertThat(actors.findValuesAsText("name")).contains("Saudi Arabia", "Iraq");
        assertThat(actors.get(0).get("events").asInt()).isPositive();
        JsonNode daily = json(get("/api/stats/daily")).get("items");
        assertThat(daily.get(0).get("quad_class").asInt()).isEqualTo(1);
        assertThat(json(get("/api/places")).get("items").get(0).get("name").asText()).isEqualTo("Riyadh");
    }

    @Test
    void badParametersGive400WithAJsonError() throws Exception {
        for (String q : new String[] {"/api/events?type=HUG", "/api/events?from=2018-02-30", "/api/search?limit=-1",
            "/api/events?offset=-5", "/api/events?quad=7", "/api/search?from=yesterday", "/api/export?format=xml"}) {
            HttpResponse<String> r = get(q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(json(r).get("error").asText()).as(q).isNotBlank();
        }
        assertThat(json(get("/api/events?type=HUG")).get("error").asText()).contains("unknown event type");
    }

    @Test
    void unknownDocumentGives404WithAJsonError() throws Exception {
        HttpResponse<String> r = get("/api/documents/" + enc("no-such-doc"));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").asText()).contains("no-such-doc");
        assertThat(get("/api/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void postNeedsTheTokenAndStoresTheDocument() throws Exception {
        String body = "{\"id\": \"posted-1\", \"text\": \"وصل الوفد إلى الرياض لحضور اجتماع.\", \"date\": \"2018-04-01\"}";
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        assertThat(HTTP.send(post.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = HTTP.send(post.copy().header("Authorization", "Bearer nope").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> ok = HTTP.send(post.copy().header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(json(ok).get("status").asText()).isEqualTo("ingested");
        assertThat(json(get("/api/documents/posted-1")).get("events")).hasSize(1);
        HttpResponse<String> again = HTTP.send(post.copy().header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(again).get("status").asText()).isEqualTo("unchanged");
        HttpResponse<String> bad = HTTP.send(HttpRequest.newBuilder(URI.create(server.url("127.0.0.1") + "documents"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("{\"id\": 1}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void readOnlyServerRefusesPosts() throws Exception {
        try (RasdServer readOnly = RasdServer.start(store, StubStages::pipeline, "127.0.0.1", 0, null)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(readOnly.url("127.0.0.1") + "documents"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"نص\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("error").asText()).contains("read-only");
        }
    }

    @Test
    void exportsCsvWithProvenanceColumns() throws Exception {
        HttpResponse<String> r = get("/api/export?format=csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().findFirst().orElse("")).contains("document_id").contains("sentence_text");
    }
}
