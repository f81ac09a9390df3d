package org.rasd.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.Objects;
import java.util.function.Supplier;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.server.internal.ApiRoutes;
import org.rasd.server.internal.ErrorMapping;
import org.rasd.server.internal.TokenCheck;
import org.rasd.store.RasdStore;

/**
 * The Rasd HTTP service: the REST API under {@code /api}, its OpenAPI document at {@code /openapi.json} and
 * the Arabic web page at {@code /}, all served by one process over one store. Read-only unless a token is
 * given, in which case {@code POST /documents} (analyze and store) is allowed to holders of that token.
 */
public final class RasdServer implements AutoCloseable {
    private final Javalin app;

    private RasdServer(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param store    the store to serve
     * @param pipeline supplies the analysis pipeline for {@code POST /documents} (called once, on first use)
     * @param host     address to bind, normally 127.0.0.1
     * @param port     port, or 0 for any free one
     * @param token    the write token, or {@code null} for a read-only server
     */
    public static RasdServer start(RasdStore store, Supplier<RasdPipeline> pipeline, String host, int port,
                                   String token) {
        Objects.requireNonNull(store, "store");
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/org/rasd/server/web";
                s.location = Location.CLASSPATH;
            });
            config.http.defaultContentType = "application/json; charset=utf-8";
            // A small pool: requests take about a millisecond of CPU, and on a busy 2-core machine 20 concurrent
            // requests on Jetty's default pool (up to 250 threads) thrashed; 8 threads queue them in order
            // instead (bench search p99: 51 ms with the default pool, 40 ms with 8 threads, same load).
            int threads = Integer.getInteger("rasd.http.threads",
                    Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
            QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 4));
            pool.setName("rasd-http");
            config.jetty.threadPool = pool;
        });
        ErrorMapping.install(app);
        new ApiRoutes(store, pipeline, token == null ? null : new TokenCheck(token)).install(app);
        app.start(host, port);
        return new RasdServer(app);
    }

    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080/}. */
    public String url(String host) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }
}
