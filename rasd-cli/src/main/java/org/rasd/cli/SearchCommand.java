package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code search} arrives with the store work. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("search is not available yet");
    }
}
