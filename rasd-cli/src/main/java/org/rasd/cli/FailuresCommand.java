package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code failures} arrives with the store work. */
@Command(name = "failures", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class FailuresCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("failures is not available yet");
    }
}
