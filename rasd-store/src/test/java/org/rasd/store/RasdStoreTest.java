package org.rasd.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasd.model.Document;
import org.rasd.pipeline.RasdPipeline;

class RasdStoreTest {
    static final String MEETING = "عقد وزير خارجية السعودية اجتماعا مع نظيره من العراق في الرياض أمس.\n"
            + "وبحث الجانبان التعاون في مكافحة الإرهاب.";
    static final String ATTACK = "قُتل ثلاثة أشخاص في هجوم نُسب إلى السعودية على سوق في بغداد. وأدانت الحكومة الاعتداء.";
    static final String PLAIN = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار أوبك.";

    @TempDir
    Path dir;

    private final RasdPipeline pipeline = StubStages.pipeline();

    private IngestSummary ingest(RasdStore store, Document... docs) {
        Ingestion run = store.ingestion(pipeline, 2, Ingestion.Listener.NONE);
        for (Document d : docs) {
            run.submit(d, "test:" + d.id());
        }
        return run.finish();
    }

    private static Document doc(String id, String text, String date) {
        return new Document(id, text, LocalDate.parse(date), "عنوان " + id, "https://example.org/" + id, "test");
    }

    @Test
    void storesDocumentsAndReingestingAddsNothing() {
        try (RasdStore store = RasdStore.open(dir)) {
            IngestSummary first = ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"),
                    doc("c", PLAIN, "2018-03-02"));
            assertThat(first.ingested()).isEqualTo(3);
            IngestSummary again = ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"),
                    doc("c2", PLAIN, "2018-03-02"));
            assertThat(again.ingested()).isZero();
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(store.stats().get("documents").asLong()).isEqualTo(3);
            assertThat(store.indexedDocuments()).isEqualTo(3);
        }
    }

    @Test
    void sameIdWithNewTextReplacesTheDocument() {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"));
            IngestSummary s = ingest(store, doc("a", ATTACK, "2018-03-01"));
            assertThat(s.updated()).isEqualTo(1);
            assertThat(store.document("a").orElseThrow().get("text").asText()).isEqualTo(ATTACK);
            assertThat(store.search("اجتماع", EventFilter.NONE, new Paging(10, 0)).total()).isZero();
            assertThat(store.search("هجوم", EventFilter.NONE, new Paging(10, 0)).total()).isEqualTo(1);
        }
    }

    @Test
    void documentKeepsTheContractFieldsPlusTextTitleUrl() {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"));
            ObjectNode d = store.document("a").orElseThrow();
            assertThat(d.get("id").asText()).isEqualTo("a");
            assertThat(d.get("text").asText()).isEqualTo(MEETING);
            assertThat(d.get("url").asText()).isEqualTo("https://example.org/a");
            assertThat(d.get("sentences")).hasSize(2);
            JsonNode event = d.get("events").get(0);
            assertThat(event.get("event_type").asText()).isEqualTo("CONSULT");
            int start = event.get("trigger").get("start").asInt();
            assertThat(MEETING.substring(start, event.get("trigger").get("end").asInt())).isEqualTo("اجتماع");
            assertThat(store.document("nope")).isEmpty();
        }
    }

    @Test
    void filtersEventsByTypeQuadActorCountryPlaceAndDate() {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"), doc("c", PLAIN, "2018-03-02"));
            Paging p = new Paging(50, 0);
            assertThat(store.events(null, EventFilter.NONE, p).total()).isEqualTo(2);
            assertThat(ids(store.events(null, filter(Map.of("type", "consult")), p))).containsExactly("a");
            assertThat(ids(store.events(null, filter(Map.of("quad", "4")), p))).containsExactly("b");
            assertThat(ids(store.events(null, filter(Map.of("country", "irq")), p))).containsExactly("a");
            assertThat(ids(store.events(null, filter(Map.of("actor", "saudi")), p))).containsExactlyInAnyOrder("a", "b");
            assertThat(ids(store.events(null, filter(Map.of("place", "riyadh")), p))).containsExactly("a");
            assertThat(ids(store.events(null, filter(Map.of("from", "2018-03-02")), p))).containsExactly("b");
            assertThat(ids(store.events(null, filter(Map.of("to", "2018-03-01")), p))).containsExactly("a");
            assertThat(ids(store.events("بغداد", EventFilter.NONE, p))).containsExactly("b");
            assertThat(store.events(null, EventFilter.NONE, new Paging(1, 1)).items()).hasSize(1);

            JsonNode daily = store.daily(EventFilter.NONE);
            assertThat(daily).hasSize(2);
            assertThat(daily.get(0).get("date").asText()).isEqualTo("2018-03-01");
            assertThat(daily.get(0).get("event_type").asText()).isEqualTo("CONSULT");
            assertThat(daily.get(0).get("count").asInt()).isEqualTo(1);

            JsonNode actors = store.topActors(EventFilter.NONE, 10);
            assertThat(actors.get(0).get("name").asText()).isEqualTo("Saudi Arabia");
            assertThat(actors.get(0).get("events").asInt()).isEqualTo(2);

            JsonNode places = store.places(EventFilter.NONE, 10);
            assertThat(places).hasSize(1);
            assertThat(places.get(0).get("lat").asDouble()).isEqualTo(24.69);
        }
    }

    @Test
    void searchFiltersDocumentsLikeEvents() {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"), doc("c", PLAIN, "2018-03-03"));
            Paging p = new Paging(10, 0);
            assertThat(hitIds(store.search(null, EventFilter.NONE, p))).containsExactly("c", "b", "a");
            assertThat(hitIds(store.search("السعودية", filter(Map.of("type", "ASSAULT")), p))).containsExactly("b");
            assertThat(hitIds(store.search(null, filter(Map.of("country", "IRQ")), p))).containsExactly("a");
            assertThat(hitIds(store.search(null, filter(Map.of("place", "Riyadh")), p))).containsExactly("a");
            assertThat(hitIds(store.search(null, filter(Map.of("from", "2018-03-02", "to", "2018-03-02")), p)))
                    .containsExactly("b");
            SearchHit hit = store.search("النفط", EventFilter.NONE, p).items().get(0);
            assertThat(hit.title()).isEqualTo("عنوان c");
            assertThat(hit.date()).isEqualTo("2018-03-03");
            assertThat(hit.highlights()).isNotEmpty();
            assertThat(hit.highlights().get(0).of(hit.snippet())).isEqualTo("النفط");
        }
    }

    @Test
    void badParametersAreRejectedWithTheReason() {
        assertThatThrownBy(() -> filter(Map.of("type", "HUG"))).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("unknown event type \"HUG\"");
        assertThatThrownBy(() -> filter(Map.of("from", "2018-13-01"))).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("malformed date");
        assertThatThrownBy(() -> filter(Map.of("from", "2018-03-02", "to", "2018-03-01")))
                .isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> Paging.parse("-1", null, 20)).isInstanceOf(BadQueryException.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> Paging.parse("10", "x", 20)).isInstanceOf(BadQueryException.class);
        assertThatThrownBy(() -> filter(Map.of("country", "Saudi"))).isInstanceOf(BadQueryException.class);
    }

    @Test
    void failuresAreKeptOncePerOriginAndReason() {
        try (RasdStore store = RasdStore.open(dir)) {
            for (int i = 0; i < 2; i++) {
                Ingestion run = store.ingestion(pipeline, 1, Ingestion.Listener.NONE);
                run.fail("feed.xml#3", null, "bad date");
                run.submit(doc("a", MEETING, "2018-03-01"), "x");
                IngestSummary s = run.finish();
                assertThat(s.failed()).isEqualTo(1);
                assertThat(s.failures().get(0).reason()).isEqualTo("bad date");
            }
            Page<Failure> failures = store.failures(new Paging(10, 0));
            assertThat(failures.total()).isEqualTo(1);
            assertThat(failures.items().get(0).origin()).isEqualTo("feed.xml#3");
        }
    }

    @Test
    void rebuildsALostIndexFromSqliteOnOpen() throws Exception {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"));
        }
        try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (RasdStore store = RasdStore.open(dir)) {
            assertThat(store.reconciliation().needed()).isTrue();
            assertThat(store.reconciliation().indexed()).isEqualTo(2);
            assertThat(hitIds(store.search("بغداد", EventFilter.NONE, new Paging(10, 0)))).containsExactly("b");
        }
        try (RasdStore store = RasdStore.open(dir)) {
            assertThat(store.reconciliation().needed()).isFalse();
        }
    }

    @Test
    void recordsAppliedMigrationsInSchemaVersion() throws Exception {
        RasdStore.open(dir).close();
        RasdStore.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("rasd.db"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.next()).isTrue();
            assertThat(r.getString(2)).startsWith("V2__");
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void exportsOneRecordPerEventWithProvenance() {
        try (RasdStore store = RasdStore.open(dir)) {
            ingest(store, doc("a", MEETING, "2018-03-01"), doc("b", ATTACK, "2018-03-02"));
            StringWriter csv = new StringWriter();
            assertThat(store.export(EventFilter.NONE, EventExport.Format.CSV, csv)).isEqualTo(2);
            List<String> lines = csv.toString().lines().toList();
            assertThat(lines.get(0)).startsWith("event_id,event_date,event_type");
            assertThat(lines).hasSize(3);
            StringWriter jsonl = new StringWriter();
            store.export(filter(Map.of("type", "CONSULT")), EventExport.Format.JSONL, jsonl);
            JsonNode r = parse(jsonl.toString().lines().findFirst().orElseThrow());
            assertThat(r.get("document_id").asText()).isEqualTo("a");
            assertThat(r.get("url").asText()).isEqualTo("https://example.org/a");
            assertThat(r.get("source_actor").asText()).isEqualTo("Saudi Arabia");
            assertThat(r.get("target_country").asText()).isEqualTo("IRQ");
            assertThat(r.get("sentence_index").asInt()).isZero();
            assertThat(r.get("sentence_text").asText()).isEqualTo(MEETING.substring(0, MEETING.indexOf('\n')));
            assertThat(MEETING.substring(r.get("trigger_start").asInt(), r.get("trigger_end").asInt()))
                    .isEqualTo(r.get("trigger_text").asText());
        }
    }

    @Test
    void aPipelineThatCannotLoadStoresNothingAndIsReportedOnce() {
        try (RasdStore store = RasdStore.open(dir)) {
            Ingestion run = store.ingestion(() -> {
                throw new IllegalStateException("model missing");
            }, 2, Ingestion.Listener.NONE);
            run.submit(doc("a", MEETING, "2018-03-01"), "x");
            run.submit(doc("b", ATTACK, "2018-03-02"), "x");
            IngestSummary s = run.finish();
            assertThat(run.pipelineError()).hasMessage("model missing");
            assertThat(s.ingested() + s.failed()).isZero();
            assertThat(store.stats().get("documents").asInt()).isZero();
            assertThat(store.failures(new Paging(10, 0)).total()).isZero();
            assertThat(ingest(store, doc("a", MEETING, "2018-03-01")).ingested()).isEqualTo(1);
        }
    }

    @Test
    void secondOpenOfTheSameDataDirIsRefused() {
        try (RasdStore store = RasdStore.open(dir)) {
            assertThatThrownBy(() -> RasdStore.open(dir)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another rasd process");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return org.rasd.pipeline.ContractJson.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static EventFilter filter(Map<String, String> p) {
        return EventFilter.parse(p);
    }

    private static List<String> ids(Page<ObjectNode> page) {
        return page.items().stream().map(o -> o.get("document_id").asText()).distinct().toList();
    }

    private static List<String> hitIds(Page<SearchHit> page) {
        return page.items().stream().map(SearchHit::id).toList();
    }
}
