package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code serve} arrives with the server work. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("serve is not available yet");
    }
}
