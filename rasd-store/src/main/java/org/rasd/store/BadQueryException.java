package org.rasd.store;

/** A query parameter that cannot be used (unknown event type, malformed date, negative limit...): the user's fault. */
public final class BadQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BadQueryException(String message) {
        super(message);
    }
}
