package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code bench} arrives with the benchmarks work. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("bench is not available yet");
    }
}
