package org.rasd.ingest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with a StAX parser hardened against hostile XML: DTDs are not
 * processed (so neither internal entity declarations — billion laughs — nor external entities — XXE — take effect),
 * external DTDs and schemas may not be fetched ({@code ACCESS_EXTERNAL_DTD}/{@code ACCESS_EXTERNAL_SCHEMA} empty),
 * any resolver call fails, and the JDK's entity-expansion, entity-size and element-depth limits are set low as a
 * second line of defence. A feed that uses an entity it would need a DTD for fails with the parser's reason.
 */
public final class FeedParser {
    private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,31});");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private final HtmlArticleExtractor html;
    private final int maxItems;

    public FeedParser() {
        this(new HtmlArticleExtractor(), IngestLimits.DEFAULTS.maxFeedItems());
    }

    public FeedParser(HtmlArticleExtractor html, int maxItems) {
        this.html = html;
        this.maxItems = maxItems;
    }

    /** The factory every feed is read with; see the class comment for why each setting is there. */
    static XMLInputFactory hardenedFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        trySet(f, JDK + "entityExpansionLimit", 100);
        trySet(f, JDK + "maxGeneralEntitySizeLimit", 10_000);
        trySet(f, JDK + "totalEntitySizeLimit", 100_000);
        trySet(f, JDK + "maxElementDepth", 256);
        return f;
    }

    private static void trySet(XMLInputFactory f, String key, Object value) {
        try {
            f.setProperty(key, value);
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows the JDK's limit keys; the DTD switch above is the real guard.
        }
    }

    /** Whether a decoded text looks like RSS or Atom (the root element, after prolog and comments). */
    static boolean looksLikeFeed(String head) {
        String h = head.length() > 2048 ? head.substring(0, 2048) : head;
        h = h.toLowerCase(Locale.ROOT);
        return h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    }

    /**
     * Parses a decoded feed and hands each item to {@code sink}.
     *
     * @return {@code null} when the feed was read to its end, else the reason it stopped (items before the error
     *         have been delivered)
     */
    public String parse(String xml, Consumer<FeedItem> sink) {
        XMLStreamReader r = null;
        int items = 0;
        try {
            r = hardenedFactory().createXMLStreamReader(new StringReader(htmlEntitiesToNumeric(xml)));
            boolean sawRoot = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    continue; // not processed: SUPPORT_DTD is off
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (!sawRoot) {
                    sawRoot = true;
                    if (!name.equals("rss") && !name.equals("feed") && !name.equals("RDF")) {
                        return "not an RSS or Atom feed (root element <" + name + ">)";
                    }
                    continue;
                }
                if (name.equals("item") || name.equals("entry")) {
                    if (items == maxItems) {
                        return "feed has more than " + maxItems + " items (maxFeedItems)";
                    }
                    sink.accept(readItem(r, name));
                    items++;
                }
            }
            return sawRoot ? null : "no XML root element";
        } catch (XMLStreamException | RuntimeException e) {
            return "malformed or refused XML" + (items > 0 ? " after item " + items : "") + ": " + oneLine(e);
        } finally {
            close(r);
        }
    }

    /** Reads one {@code <item>}/{@code <entry>} up to its end tag. */
    private FeedItem readItem(XMLStreamReader r, String itemName) throws XMLStreamException {
        String title = null;
        String link = null;
        String guid = null;
        String dateText = null;
        String description = null;
        String content = null;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            String prefix = r.getPrefix() == null ? "" : r.getPrefix();
            if (name.equals("link") && r.getAttributeValue(null, "href") != null) {
                String rel = r.getAttributeValue(null, "rel");
                if (link == null && (rel == null || rel.equals("alternate"))) {
                    link = r.getAttributeValue(null, "href").strip();
                }
                skip(r);
                continue;
            }
            String value = readText(r); // consumes the end tag
            switch (name) {
                case "title" -> title = title == null ? value : title;
                case "link" -> link = link == null ? value : link;
                case "guid", "id" -> guid = guid == null ? value : guid;
                case "pubDate", "published", "issued" -> dateText = value;
                case "date", "updated", "modified" -> dateText = dateText == null ? value : dateText;
                case "description", "summary" -> description = value;
                case "encoded", "content" -> content = prefix.equals("media") ? content : value;
                default -> { }
            }
        }
        String body = content != null && !content.isBlank() ? content : description;
        String text = body == null ? "" : html.fragmentText(body);
        String t = title == null ? null : html.fragmentText(title);
        String id = blankToNull(guid) != null ? guid.strip() : blankToNull(link);
        return new FeedItem(id, blankToNull(t), blankToNull(link), PublicationDates.parse(dateText), text);
    }

    /** The text content of the current element, nested markup included as text; leaves the reader at its end. */
    private static String readText(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        b.append(r.getText());
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("undeclared entity &" + r.getLocalName() + ";");
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of feed");
                default -> { }
            }
        }
        return b.toString().strip();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        readText(r);
    }

    /**
     * Rewrites HTML named entities ({@code &nbsp; &hellip; &rsquo;}), which feeds in the wild use although XML
     * does not define them, as numeric references. Without a DTD they would fail the whole feed. Only names from
     * HTML's fixed list are rewritten, each into at most two chars, so nothing can expand; any other undeclared
     * entity (billion laughs, XXE) still fails the feed.
     */
    static String htmlEntitiesToNumeric(String xml) {
        if (xml.indexOf('&') < 0) {
            return xml;
        }
        Matcher m = NAMED_ENTITY.matcher(xml);
        StringBuilder out = new StringBuilder(xml.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
                StringBuilder refs = new StringBuilder();
                Entities.getByName(name).codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
                replacement = refs.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing left to release for a string source
            }
        }
    }

    /** Convenience for tests and callers holding a list. */
    public List<FeedItem> parseAll(String xml, List<String> errors) {
        List<FeedItem> out = new ArrayList<>();
        String err = parse(xml, out::add);
        if (err != null) {
            errors.add(err);
        }
        return out;
    }
}
