package org.rasd.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Extracts the headline, publication date and article body of a news page. Boilerplate goes first: scripts,
 * styles, forms, {@code nav}/{@code header}/{@code footer}/{@code aside}, ARIA landmarks of the page frame, and
 * blocks whose class or id names an ad, share bar, menu, comment or related-links box. The body is then the element
 * whose paragraphs carry the most text (a Readability-style text-density score, each paragraph's text length
 * weighted by one minus its link density, credited to its parent and half to its grandparent), unless the page
 * marks it with {@code itemprop="articleBody"}. Link-dense blocks inside the body ("read also" lists) are dropped.
 */
public final class HtmlArticleExtractor {
    private static final Pattern BOILERPLATE = Pattern.compile("(^|[-_\\s])(ad|ads|adv|advert|advertisement|"
            + "banner|sponsor(ed)?|promo|share|sharing|social|related|recommended|comments?|sidebar|widget|menu|"
            + "nav|navbar|breadcrumbs?|footer|header|masthead|newsletter|subscribe|cookies?|popup|modal|tags|"
            + "most-?read|trending|outbrain|taboola|dfp|gpt)([-_\\s]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile("article|body|content|main|story|entry|post|text|"
            + "details", Pattern.CASE_INSENSITIVE);
    private static final String FRAME = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, textarea, nav, header, footer, aside, menu, figure, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], "
            + "[hidden]";
    /** A paragraph shorter than this is a caption or a button, not article text. */
    private static final int MIN_PARAGRAPH = 25;

    private final int maxDepth;

    public HtmlArticleExtractor() {
        this(IngestLimits.DEFAULTS.maxHtmlDepth());
    }

    /** @param maxDepth deepest element nesting jsoup keeps (deeper elements are attached at that depth) */
    public HtmlArticleExtractor(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    /** Extracts the article from a decoded HTML string; never throws for any input. */
    public HtmlArticle extract(String html) {
        Document doc = parse(html);
        String title = HtmlMetadata.title(doc);
        LocalDate date = HtmlMetadata.date(doc);
        String url = HtmlMetadata.url(doc);
        String site = HtmlMetadata.siteName(doc);
        removeBoilerplate(doc);
        List<Element> body = contentBlocks(doc);
        body.forEach(HtmlArticleExtractor::dropLinkLists);
        HtmlArticle text = HtmlTextBuilder.render(body);
        return new HtmlArticle(title, date, url, site, text.text(), text.segments());
    }

    /** The whole text of an HTML fragment (a feed item's description), without boilerplate removal. */
    public String fragmentText(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        return HtmlTextBuilder.render(doc.body()).text();
    }

    Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(maxDepth);
        return Jsoup.parse(html, "", parser);
    }

    private static void removeBoilerplate(Document doc) {
        doc.select(FRAME).remove();
        Elements marked = new Elements();
        for (Element e : doc.body().getAllElements()) {
            String name = e.normalName();
            if (name.equals("body") || name.equals("main") || name.equals("article")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (BOILERPLATE.matcher(names).find() && !CONTENT.matcher(names).find()) {
                marked.add(e);
            }
        }
        marked.remove();
    }

    /**
     * The article body: the element marked {@code itemprop=articleBody}, else the best-scoring element together with
     * those of its siblings that also carry article text (paragraphs wrapped one per {@code div}, say), in order.
     */
    private static List<Element> contentBlocks(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return List.of(marked);
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.body().select("p, pre, blockquote, td, div")) {
            if (p.normalName().equals("div") && hasBlockChild(p)) {
                continue;
            }
            String own = p.text();
            if (own.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = own.length() * (1 - linkDensity(p)) + commas(own);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element best = doc.body();
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        Element parent = best.parent();
        if (parent == null || best == doc.body()) {
            return List.of(best);
        }
        // Readability's sibling step: a sibling joins when it scores well itself or is a clean paragraph.
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> blocks = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= threshold || cleanParagraph(sibling)) {
                blocks.add(sibling);
            }
        }
        return blocks;
    }

    private static boolean cleanParagraph(Element e) {
        if (!e.normalName().equals("p") && !(e.normalName().equals("div") && !hasBlockChild(e))) {
            return false;
        }
        String t = e.text();
        double links = linkDensity(e);
        return t.length() >= 80 && links < 0.25 || t.length() >= MIN_PARAGRAPH && links == 0
                && (t.endsWith(".") || t.endsWith("؟") || t.endsWith("!"));
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            String n = c.normalName().toLowerCase(Locale.ROOT);
            if (n.equals("p") || n.equals("div") || n.equals("table") || n.equals("ul") || n.equals("section")) {
                return true;
            }
        }
        return false;
    }

    /** Removes blocks inside the body that are mostly links: "read also" lists, tag clouds, pagers. */
    private static void dropLinkLists(Element root) {
        Elements drop = new Elements();
        for (Element e : root.select("ul, ol, div, p, section, table")) {
            String t = e.text();
            if (!t.isEmpty() && linkDensity(e) > 0.5 && e != root) {
                drop.add(e);
            }
        }
        drop.remove();
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / all);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
