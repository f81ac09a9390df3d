package org.rasd.server.internal;

/** An HTTP error with a status and a one-line reason, turned into {@code {"error": reason}} by {@link ErrorMapping}. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiException(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
