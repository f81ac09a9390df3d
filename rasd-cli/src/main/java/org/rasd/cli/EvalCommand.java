package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasd eval}: accuracy against gold data; one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates a stage against gold data and prints precision, recall and F1.",
        subcommands = {EvalSegmentCommand.class, EvalNerCommand.class, EvalEventsCommand.class})
public final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose what to evaluate: segment, ner or events");
    }
}
