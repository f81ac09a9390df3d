package org.rasd.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.server.RasdServer;
import org.rasd.store.RasdStore;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd serve}: the REST API and the web page over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (/), the REST API (/api/...) and its OpenAPI document (/openapi.json)",
            "over the store in --data-dir, and prints the URL. Read-only unless a token is given with",
            "--token-file or the RASD_TOKEN environment variable: then POST /documents with",
            "'Authorization: Bearer TOKEN' analyzes and stores a document."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Option(names = "--host", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = 8080;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding the write token.")
    Path tokenFile;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new UserException("--port must be 0 to 65535", ExitCodes.USAGE);
        }
        String token = token();
        // Jetty and Javalin log through SLF4J; keep the console to warnings unless the user asked otherwise.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        RasdStore store;
        try {
            store = RasdStore.open(dataDir);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        RasdServer server;
        try {
            server = RasdServer.start(store, RasdPipeline::loadDefault, host, port, token);
        } catch (RuntimeException e) {
            store.close();
            throw new UserException("cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "rasd-shutdown"));
        System.out.println("rasd: serving " + dataDir + " (" + store.stats().get("documents").asLong()
                + " documents) on " + server.url(host) + (token == null ? " (read-only)" : " (POST /documents allowed "
                + "with the token)"));
        System.out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private String token() {
        if (tokenFile != null) {
            try {
                String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (t.isEmpty()) {
                    throw new UserException(tokenFile + ": the token file is empty");
                }
                return t;
            } catch (IOException e) {
                throw new UserException(tokenFile + ": cannot read the token file: " + e.getMessage());
            }
        }
        String env = System.getenv("RASD_TOKEN");
        return env == null || env.isBlank() ? null : env.strip();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
