package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code events} arrives with the event coder work. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("events is not available yet");
    }
}
