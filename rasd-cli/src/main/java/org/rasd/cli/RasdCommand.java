package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rasd} command: Arabic news to coded PLOVER events. One class per verb. */
@Command(name = "rasd", mixinStandardHelpOptions = true, version = "rasd 0.1.0",
        description = "Reads Arabic news and codes political events (PLOVER), with evidence.",
        subcommands = {
            AnalyzeCommand.class,
            SegmentCommand.class,
            NerCommand.class,
            EvalCommand.class,
            TrainCommand.class,
            IngestCommand.class,
            FailuresCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class RasdCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (see README, "Exit codes"). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new RasdCommand());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        return cli.execute(args);
    }
}
