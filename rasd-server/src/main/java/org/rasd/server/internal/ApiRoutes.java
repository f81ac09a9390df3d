package org.rasd.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.rasd.pipeline.ContractJson;
import org.rasd.ingest.DocumentReader;
import org.rasd.ingest.SourceItem;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.store.BadQueryException;
import org.rasd.store.EventExport;
import org.rasd.store.EventFilter;
import org.rasd.store.Failure;
import org.rasd.store.IngestSummary;
import org.rasd.store.Ingestion;
import org.rasd.store.Page;
import org.rasd.store.Paging;
import org.rasd.store.RasdStore;
import org.rasd.store.SearchHit;

/** The REST endpoints (see {@code openapi.json}); every answer is JSON, every error goes through {@link ErrorMapping}. */
public final class ApiRoutes {
    private static final ObjectMapper JSON = ContractJson.mapper();
    private static final int MAX_POST_BYTES = 10 << 20;
    private static final List<String> FILTER_PARAMS = List.of("type", "quad", "actor", "country", "place", "from", "to");

    private final RasdStore store;
    private final Supplier<RasdPipeline> pipelineSupplier;
    private final TokenCheck token;
    private final byte[] openApi;
    private RasdPipeline pipeline;

    public ApiRoutes(RasdStore store, Supplier<RasdPipeline> pipeline, TokenCheck token) {
        this.store = store;
        this.pipelineSupplier = pipeline;
        this.token = token;
        this.openApi = resource("/org/rasd/server/openapi.json");
    }

    public void install(Javalin app) {
        app.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
        app.get("/api/stats", ctx -> json(ctx, store.stats()));
        app.get("/api/stats/daily", ctx -> json(ctx, JSON.createObjectNode().set("items", store.daily(filter(ctx)))));
        app.get("/api/search", this::search);
        app.get("/api/events", ctx -> {
            Page<ObjectNode> page = store.events(ctx.queryParam("q"), filter(ctx), paging(ctx, 50));
            ObjectNode out = JSON.createObjectNode().put("total", page.total());
            out.putArray("items").addAll(page.items());
            json(ctx, out);
        });
        app.get("/api/actors", ctx -> json(ctx, JSON.createObjectNode()
                .set("items", store.topActors(filter(ctx), paging(ctx, 20).limit()))));
        app.get("/api/places", ctx -> json(ctx, JSON.createObjectNode()
                .set("items", store.places(filter(ctx), paging(ctx, 500).limit()))));
        app.get("/api/documents/{id}", ctx -> json(ctx, store.document(ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(404, "no document with id \"" + ctx.pathParam("id") + "\""))));
        app.get("/api/failures", this::failures);
        app.get("/api/export", this::export);
        app.post("/documents", this::post);
        app.post("/api/documents", this::post);
    }

    private void search(Context ctx) {
        Page<SearchHit> page = store.search(ctx.queryParam("q"), filter(ctx), paging(ctx, 20));
        ObjectNode out = JSON.createObjectNode().put("total", page.total());
        ArrayNode items = out.putArray("items");
        for (SearchHit h : page.items()) {
            items.add(h.toJson());
        }
        json(ctx, out);
    }

    private void failures(Context ctx) {
        Page<Failure> page = store.failures(paging(ctx, 100));
        ObjectNode out = JSON.createObjectNode().put("total", page.total());
        ArrayNode items = out.putArray("items");
        for (Failure f : page.items()) {
            items.addObject().put("origin", f.origin()).put("document_id", f.docId()).put("reason", f.reason())
                    .put("first_seen", f.firstSeen()).put("last_seen", f.lastSeen());
        }
        json(ctx, out);
    }

    private void export(Context ctx) throws IOException {
        String f = ctx.queryParam("format");
        EventExport.Format format = EventExport.Format.parse(f == null ? "jsonl" : f);
        EventFilter filter = filter(ctx);
        ctx.contentType(format == EventExport.Format.CSV ? "text/csv; charset=utf-8"
                : "application/x-ndjson; charset=utf-8");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
            store.export(filter, format, w);
        }
        ctx.result(buffer.toByteArray());
    }

    /** POST /documents: analyze and store one document ({"id", "text", "date", "title", "url", "source"}). */
    private void post(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "this server is read-only; start it with --token-file or RASD_TOKEN to "
                    + "allow POST /documents");
        }
        if (!token.allows(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "missing or wrong token (send Authorization: Bearer TOKEN)");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_POST_BYTES) {
            throw new ApiException(413, "document larger than " + MAX_POST_BYTES + " bytes");
        }
        // one JSON object, possibly pretty-printed: read as one JSONL line by the ingest stage's reader, with its
        // UTF-8 checks and limits
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n' || body[i] == '\r') {
                body[i] = ' ';
            }
        }
        List<SourceItem> items = new ArrayList<>(1);
        new DocumentReader().readJsonl("POST /documents", new ByteArrayInputStream(body), items::add);
        if (items.isEmpty()) {
            throw new BadQueryException("empty body: expected a JSON object with a string \"text\"");
        }
        SourceItem parsed = items.get(0);
        if (!parsed.ok()) {
            throw new BadQueryException(parsed.error().replaceFirst("^line 1: ", ""));
        }
        Ingestion run = store.ingestion(pipeline(), 1, Ingestion.Listener.NONE);
        run.submit(parsed.document(), "POST /documents");
        IngestSummary s = run.finish();
        if (run.pipelineError() != null) {
            throw new ApiException(503, "the analysis models could not be loaded; nothing was stored");
        }
        if (s.failed() > 0) {
            throw new ApiException(422, s.failures().get(0).reason());
        }
        String status = s.ingested() > 0 ? "ingested" : s.updated() > 0 ? "updated" : "unchanged";
        ctx.status(s.ingested() > 0 ? 201 : 200);
        json(ctx, JSON.createObjectNode().put("id", parsed.document().id()).put("status", status));
    }

    private synchronized RasdPipeline pipeline() {
        if (pipeline == null) {
            pipeline = pipelineSupplier.get();
        }
        return pipeline;
    }

    static EventFilter filter(Context ctx) {
        Map<String, String> p = new HashMap<>();
        for (String name : FILTER_PARAMS) {
            String v = ctx.queryParam(name);
            if (v != null) {
                p.put(name, v);
            }
        }
        return EventFilter.parse(p);
    }

    static Paging paging(Context ctx, int defaultLimit) {
        return Paging.parse(ctx.queryParam("limit"), ctx.queryParam("offset"), defaultLimit);
    }

    /** Writes the node straight to UTF-8 bytes (a String first, then encoded, cost a quarter of a search). */
    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8");
        try {
            ctx.result(JSON.writeValueAsBytes(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
