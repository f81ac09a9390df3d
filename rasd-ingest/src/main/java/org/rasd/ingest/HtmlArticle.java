package org.rasd.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link HtmlArticleExtractor} found in a news page. {@code text} becomes the document text: every offset
 * Rasd reports for an HTML input (sentences, entities, events) refers to this extracted text, not to the HTML.
 * {@code segments} map it back to the page.
 *
 * @param title    the headline ({@code og:title}, else the first {@code <h1>}, else {@code <title>}), or {@code null}
 * @param date     the publication date (meta tags, JSON-LD {@code datePublished}, {@code <time datetime>}), or
 *                 {@code null}
 * @param url      the canonical address ({@code <link rel=canonical>}, else {@code og:url}), or {@code null}
 * @param site     the outlet ({@code og:site_name}), or {@code null}
 * @param text     the article body: one paragraph per line
 * @param segments for each run of text copied from one HTML text node, where it is in {@code text} and where that
 *                 text node is in the decoded HTML string; in order, non-overlapping
 */
public record HtmlArticle(String title, LocalDate date, String url, String site, String text, List<Segment> segments) {
    public HtmlArticle {
        segments = List.copyOf(segments);
    }

    /**
     * A run of extracted text and the HTML text node it came from. White space runs are collapsed to one space and
     * character references ({@code &amp;}) decoded, so inside one segment the two lengths may differ; the boundaries
     * are exact.
     *
     * @param textStart   start in the extracted text
     * @param textEnd     end in the extracted text (exclusive)
     * @param sourceStart start of the text node in the decoded HTML string, or -1 when unknown
     * @param sourceEnd   end of the text node in the decoded HTML string, or -1 when unknown
     */
    public record Segment(int textStart, int textEnd, int sourceStart, int sourceEnd) {
    }
}
