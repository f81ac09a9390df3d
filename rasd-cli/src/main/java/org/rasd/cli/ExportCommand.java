package org.rasd.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.store.BadQueryException;
import org.rasd.store.EventExport;
import org.rasd.store.EventFilter;
import org.rasd.store.RasdStore;
import org.rasd.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rasd export}: stored events as PLOVER-style records with provenance, JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes one PLOVER-style record per stored event with provenance columns (document id, url,",
            "sentence index and text, trigger offsets), as JSON Lines or CSV, to stdout or --output."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "jsonl|csv", description = "Output format.")
    String format;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the store lives (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of("rasd-data");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Mixin
    SearchCommand.FilterOptions filters = new SearchCommand.FilterOptions();

    @Override
    public Integer call() throws IOException {
        EventExport.Format f;
        try {
            f = EventExport.Format.parse(format);
        } catch (BadQueryException e) {
            throw new UserException(e.getMessage(), ExitCodes.USAGE);
        }
        EventFilter filter = filters.toFilter();
        long n;
        try (RasdStore store = RasdStore.open(dataDir); Writer out = open()) {
            n = store.export(filter, f, out);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UserException("cannot write: " + e.getCause().getMessage());
        }
        System.err.println("rasd: exported " + n + " event(s)");
        return ExitCodes.OK;
    }

    private Writer open() {
        try {
            return output == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
                        @Override
                        public void close() throws IOException {
                            flush();  // never close stdout
                        }
                    }
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage());
        }
    }
}
