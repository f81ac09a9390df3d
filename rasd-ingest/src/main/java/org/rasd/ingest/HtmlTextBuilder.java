package org.rasd.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML subtree as plain text, one block (paragraph, heading, list item, ...) per line, white space
 * collapsed, and records which HTML text node each run of text came from. Walks the tree iteratively (jsoup's
 * {@link NodeTraversor}), so deep nesting cannot overflow the stack.
 */
final class HtmlTextBuilder implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
            "table", "td", "th", "tr", "ul", "body", "html", "center", "summary", "details", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title");

    private final StringBuilder text = new StringBuilder();
    private final List<HtmlArticle.Segment> segments = new ArrayList<>();

    /** The text of {@code root} and its segments. */
    static HtmlArticle render(Element root) {
        return render(root == null ? List.of() : List.of(root));
    }

    /** The text of several subtrees, in the order given, each starting on a new line. */
    static HtmlArticle render(List<Element> roots) {
        HtmlTextBuilder b = new HtmlTextBuilder();
        for (Element root : roots) {
            NodeTraversor.traverse(b, root);
            b.newline();
        }
        return b.result();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (!insideSkipped(t)) {
                append(t);
            }
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                newline();
            } else if (BLOCKS.contains(e.normalName())) {
                newline();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
            newline();
        }
    }

    private static boolean insideSkipped(TextNode t) {
        Node p = t.parent();
        return p instanceof Element e && SKIPPED.contains(e.normalName());
    }

    private void append(TextNode t) {
        String raw = t.getWholeText();
        StringBuilder piece = new StringBuilder(raw.length());
        boolean space = text.length() == 0 || isSpace(text.charAt(text.length() - 1));
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    piece.append(' ');
                    space = true;
                }
            } else {
                piece.append(c);
                space = false;
            }
        }
        if (piece.isEmpty()) {
            return;
        }
        int start = text.length();
        text.append(piece);
        Range r = t.sourceRange();
        int from = r.isTracked() ? r.startPos() : -1;
        int to = r.isTracked() ? r.endPos() : -1;
        segments.add(new HtmlArticle.Segment(start, text.length(), from, to));
    }

    private void newline() {
        trimTrailingSpace();
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private void trimTrailingSpace() {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).textEnd() > text.length()) {
            HtmlArticle.Segment g = segments.get(last);
            if (g.textStart() >= text.length()) {
                segments.remove(last);
            } else {
                segments.set(last, new HtmlArticle.Segment(g.textStart(), text.length(), g.sourceStart(),
                        g.sourceEnd()));
            }
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0';
    }

    private HtmlArticle result() {
        trimTrailingSpace();
        while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            text.setLength(text.length() - 1);
        }
        String s = text.toString();
        // Trimming may have cut the ends of the last segments; clip them to the final text.
        List<HtmlArticle.Segment> clipped = new ArrayList<>(segments.size());
        for (HtmlArticle.Segment g : segments) {
            if (g.textStart() < s.length()) {
                clipped.add(new HtmlArticle.Segment(g.textStart(), Math.min(g.textEnd(), s.length()),
                        g.sourceStart(), g.sourceEnd()));
            }
        }
        return new HtmlArticle(null, null, null, null, s, clipped);
    }
}
