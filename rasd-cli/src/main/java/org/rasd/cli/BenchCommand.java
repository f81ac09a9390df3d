package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasd bench}: end-to-end throughput and latency measurements (JMH covers the inner stages). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures end-to-end speed and memory; results go to docs/benchmarks.md.",
        subcommands = {BenchAnalyzeCommand.class, BenchSearchCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a benchmark: analyze or search");
    }
}
