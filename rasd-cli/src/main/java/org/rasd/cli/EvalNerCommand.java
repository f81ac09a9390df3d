package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code ner} arrives with the NER work. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class EvalNerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("ner is not available yet");
    }
}
