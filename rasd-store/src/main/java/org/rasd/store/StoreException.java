package org.rasd.store;

/** The store cannot be opened or written (locked by another process, unreadable, from a newer rasd). */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
