package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code ingest} arrives with the store work. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("ingest is not available yet");
    }
}
