package org.rasd.cli;

/** The exit codes of every verb, documented in the README. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Bad input: unreadable or missing file, invalid encoding, malformed data, failed documents. */
    public static final int BAD_INPUT = 1;
    /** Bad usage: unknown option, missing or invalid argument. */
    public static final int USAGE = 2;
    /** An internal error (a bug): reported on one line, with the stack trace only under RASD_DEBUG=1. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
