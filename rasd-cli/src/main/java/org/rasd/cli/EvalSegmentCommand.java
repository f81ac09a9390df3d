package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code segment} arrives with the text layer work. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class EvalSegmentCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("segment is not available yet");
    }
}
