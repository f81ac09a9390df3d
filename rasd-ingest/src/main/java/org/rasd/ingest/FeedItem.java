package org.rasd.ingest;

import java.time.LocalDate;

/**
 * One item of an RSS 2.0 / Atom feed, its HTML already reduced to text.
 *
 * @param id    the {@code guid}/{@code id}, else the link, or {@code null}
 * @param title the title, or {@code null}
 * @param link  the link, or {@code null}
 * @param date  publication date ({@code pubDate}, {@code dc:date}, {@code published}, {@code updated}), or
 *              {@code null}
 * @param text  the body: {@code content:encoded}/{@code content} when present, else the
 *              {@code description}/{@code summary}
 */
public record FeedItem(String id, String title, String link, LocalDate date, String text) {
}
