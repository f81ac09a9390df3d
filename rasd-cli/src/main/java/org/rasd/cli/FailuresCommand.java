package org.rasd.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.pipeline.ContractJson;
import org.rasd.store.BadQueryException;
import org.rasd.store.Failure;
import org.rasd.store.Page;
import org.rasd.store.Paging;
import org.rasd.store.RasdStore;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd failures}: what could not be ingested, and why. */
@Command(name = "failures", mixinStandardHelpOptions = true,
        description = {"Lists the inputs that could not be read or analyzed, newest first:",
            "origin (path, path:LINE or feed item), reason, and when it last failed."})
public final class FailuresCommand implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Option(names = "--limit", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit = 1000;

    @Option(names = "--json", description = "One JSON object per line instead of tab-separated text.")
    boolean json;

    @Override
    public Integer call() {
        Page<Failure> page;
        try {
            Paging paging = new Paging(limit, 0);
            try (RasdStore store = RasdStore.open(dataDir)) {
                page = store.failures(paging);
            }
        } catch (BadQueryException e) {
            throw new UserException("--" + e.getMessage(), ExitCodes.USAGE);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
        for (Failure f : page.items()) {
            if (json) {
                System.out.println(ContractJson.mapper().createObjectNode().put("origin", f.origin())
                        .put("document_id", f.docId()).put("reason", f.reason()).put("first_seen", f.firstSeen())
                        .put("last_seen", f.lastSeen()));
            } else {
                System.out.println(f.origin() + "\t" + f.reason() + "\t" + f.lastSeen());
            }
        }
        if (!json) {
            System.err.println("rasd: " + page.total() + " failure(s)"
                    + (page.total() > page.items().size() ? ", " + page.items().size() + " shown" : ""));
        }
        return ExitCodes.OK;
    }
}
