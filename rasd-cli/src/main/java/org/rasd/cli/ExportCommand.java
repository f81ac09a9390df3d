package org.rasd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** PLACEHOLDER: {@code export} arrives with the store work. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Not available yet.")
public final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("export is not available yet");
    }
}
