package org.rasd.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasd train}: reproducible training of the statistical models. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains a model reproducibly (same data and seed give the same bytes).",
        subcommands = {TrainNerCommand.class})
public final class TrainCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose what to train: ner");
    }
}
