package org.rasd.store;

/**
 * Which slice of a result list to return.
 *
 * @param limit  at most this many items, 0 to {@link #MAX_LIMIT}
 * @param offset items to skip, 0 or more
 */
public record Paging(int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public Paging {
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new BadQueryException("limit must be between 0 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0) {
            throw new BadQueryException("offset must not be negative, not " + offset);
        }
    }

    /** Reads limit and offset parameters (either may be null for the default). */
    public static Paging parse(String limit, String offset, int defaultLimit) {
        return new Paging(number("limit", limit, defaultLimit), number("offset", offset, 0));
    }

    private static int number(String name, String value, int dflt) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException(name + " must be a whole number, not \"" + value + "\"");
        }
    }
}
