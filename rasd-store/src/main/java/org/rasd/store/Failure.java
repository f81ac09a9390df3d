package org.rasd.store;

/**
 * An input that could not be read or analyzed.
 *
 * @param origin    where: a path, {@code path:LINE} or a feed item
 * @param docId     the document id when one was read, or {@code null}
 * @param reason    why, on one line
 * @param firstSeen when it first failed (ISO instant)
 * @param lastSeen  when it last failed (ISO instant)
 */
public record Failure(String origin, String docId, String reason, String firstSeen, String lastSeen) {
}
