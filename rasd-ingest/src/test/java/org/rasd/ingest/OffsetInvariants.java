package org.rasd.ingest;

import java.util.List;
import org.rasd.model.ActorMention;
import org.rasd.model.AlignedText;
import org.rasd.model.AnalyzedDocument;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.PlaceMention;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.model.Token;
import org.rasd.model.Word;

/**
 * The offset contract every stage must keep, checked on fuzz output: spans are half-open UTF-16 ranges inside the
 * text with start ≤ end; sentences are ordered, non-overlapping and numbered from 0; tokens lie in their sentence,
 * in order; words lie in their token, in order, and each surface text is exactly its span of the original text.
 * Each check returns {@code null} when it holds, else what is wrong.
 */
final class OffsetInvariants {
    private OffsetInvariants() {
    }

    static String sentences(String text, List<Sentence> sentences) {
        int prevEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String bad = span(text, s.span(), "sentence " + i);
            if (bad != null) {
                return bad;
            }
            if (s.index() != i) {
                return "sentence " + i + " has index " + s.index();
            }
            if (s.span().start() < prevEnd) {
                return "sentence " + i + " " + s.span() + " starts before the previous one ends (" + prevEnd + ")";
            }
            prevEnd = s.span().end();
            int prevToken = s.span().start();
            for (Token t : s.tokens()) {
                bad = inside(text, t.span(), s.span(), "token", t.text());
                if (bad != null) {
                    return bad;
                }
                if (t.span().start() < prevToken) {
                    return "token " + t.span() + " out of order in sentence " + i;
                }
                prevToken = t.span().end();
                int prevWord = t.span().start();
                for (Word w : t.words()) {
                    bad = inside(text, w.span(), t.span(), "word", w.text());
                    if (bad != null) {
                        return bad;
                    }
                    if (w.span().start() < prevWord) {
                        return "word " + w.span() + " out of order in token " + t.span();
                    }
                    prevWord = w.span().end();
                }
            }
        }
        return null;
    }

    static String analyzed(String text, AnalyzedDocument a) {
        String bad = sentences(text, a.sentences());
        if (bad != null) {
            return bad;
        }
        for (EntityMention e : a.entities()) {
            bad = surface(text, e.span(), e.text(), "entity");
            if (bad == null && (e.sentence() < 0 || e.sentence() >= a.sentences().size())) {
                bad = "entity " + e.span() + " in sentence " + e.sentence() + " of " + a.sentences().size();
            }
            if (bad == null && !a.sentences().get(e.sentence()).span().contains(e.span())) {
                bad = "entity " + e.span() + " outside its sentence " + a.sentences().get(e.sentence()).span();
            }
            if (bad != null) {
                return bad;
            }
        }
        for (Event ev : a.events()) {
            int s = ev.provenance().sentence();
            if (s < 0 || s >= a.sentences().size()) {
                return "event in sentence " + s + " of " + a.sentences().size();
            }
            bad = surface(text, ev.provenance().trigger(), ev.provenance().triggerText(), "trigger");
            if (bad != null) {
                return bad;
            }
            for (ActorMention m : ev.actor()) {
                bad = bad != null ? bad : span(text, m.span(), "actor");
            }
            for (ActorMention m : ev.recipient()) {
                bad = bad != null ? bad : span(text, m.span(), "recipient");
            }
            for (PlaceMention m : ev.location()) {
                bad = bad != null ? bad : span(text, m.span(), "location");
            }
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** The normalizer's alignment: monotonic, inside the original. */
    static String alignment(String text, AlignedText a) {
        int[] starts = a.starts();
        int[] ends = a.ends();
        int prev = 0;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0 || ends[i] > text.length() || starts[i] > ends[i]) {
                return "normalized char " + i + " maps to [" + starts[i] + ", " + ends[i] + ") of " + text.length();
            }
            if (starts[i] < prev) {
                return "normalized char " + i + " maps back before char " + (i - 1);
            }
            prev = starts[i];
        }
        return a.original().equals(text) ? null : "alignment's original differs from the input";
    }

    private static String surface(String text, Span span, String surface, String what) {
        String bad = span(text, span, what);
        if (bad == null && !span.of(text).equals(surface)) {
            return what + " text \"" + surface + "\" is not its span " + span + " \"" + span.of(text) + "\"";
        }
        return bad;
    }

    private static String inside(String text, Span span, Span outer, String what, String surface) {
        String bad = surface(text, span, surface, what);
        if (bad == null && !outer.contains(span)) {
            return what + " " + span + " outside " + outer;
        }
        return bad;
    }

    private static String span(String text, Span s, String what) {
        if (s.start() < 0 || s.end() > text.length() || s.start() > s.end()) {
            return what + " " + s + " outside the text of length " + text.length();
        }
        return null;
    }
}
