package org.rasd.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Maps every failure to one line on stderr and an exit code, in one place. */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        if (ex instanceof UserException u) {
            err.println("rasd: " + u.getMessage());
            err.flush();
            return u.exitCode();
        }
        err.println("rasd: internal error: " + ex + " (set RASD_DEBUG=1 for the stack trace)");
        if ("1".equals(System.getenv("RASD_DEBUG"))) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        PrintWriter err = ex.getCommandLine().getErr();
        err.println("rasd: " + ex.getMessage() + " (see: rasd " + ex.getCommandLine().getCommandName()
                + " --help)");
        err.flush();
        return ExitCodes.USAGE;
    }
}
