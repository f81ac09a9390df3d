package org.rasd.store;

import java.util.List;

/** One page of results and the total number of matches. */
public record Page<T>(long total, List<T> items) {
    public Page {
        items = List.copyOf(items);
    }
}
