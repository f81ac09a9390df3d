package org.rasd.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a news page's headline and publication date from the places sites put them. */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Meta tags that carry the publication date, most specific first. */
    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[property=og:published_time]", "meta[name=pubdate]",
        "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=DC.date.issued]", "meta[name=dc.date]",
        "meta[name=date]", "meta[name=parsely-pub-date]", "meta[name=sailthru.date]"
    };

    private HtmlMetadata() {
    }

    static String title(Document doc) {
        for (String q : new String[] {"meta[property=og:title]", "meta[name=twitter:title]"}) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t.isBlank() ? null : t.strip();
    }

    /** The page's own address: {@code <link rel=canonical>}, else {@code og:url}, or {@code null}. */
    static String url(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.attr("href").isBlank()) {
            return canonical.attr("href").strip();
        }
        return content(doc, "meta[property=og:url]");
    }

    /** The outlet's name ({@code og:site_name}), or {@code null}. */
    static String siteName(Document doc) {
        return content(doc, "meta[property=og:site_name]");
    }

    private static String content(Document doc, String query) {
        Element m = doc.selectFirst(query);
        return m == null || m.attr("content").isBlank() ? null : m.attr("content").strip();
    }

    static LocalDate date(Document doc) {
        for (String q : DATE_META) {
            for (Element m : doc.select(q)) {
                LocalDate d = PublicationDates.parse(m.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            LocalDate d = jsonLdDate(script.data());
            if (d != null) {
                return d;
            }
        }
        for (String q : new String[] {"time[itemprop=datePublished]", "time[pubdate]", "time[datetime]"}) {
            for (Element t : doc.select(q)) {
                LocalDate d = PublicationDates.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The first {@code datePublished} anywhere in a JSON-LD block (objects, arrays, {@code @graph}). */
    static LocalDate jsonLdDate(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (Exception e) { // broken JSON-LD is common and simply carries no date
            return null;
        }
        if (root == null) {
            return null;
        }
        JsonNode found = root.findValue("datePublished");
        return found != null && found.isTextual() ? PublicationDates.parse(found.asText()) : null;
    }
}
