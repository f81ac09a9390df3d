package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import org.rasd.events.internal.VerbMorphology;

/**
 * Finds the event triggers of a sentence: lexicon hits on the stems (outside named entities and
 * agents), the verb or noun reading chosen from the context, and the entry's conditions checked
 * (words that must follow, words that must not, words the sentence must contain, blocking heads).
 */
final class TriggerFinder {
    /** A trigger in a sentence. */
    static final class Candidate {
        final int token;
        final TriggerEntry entry;
        final VerbMorphology.Form form;
        /** Token of the word that completed a phrase (النار in أطلق النار), or -1. */
        int anchor = -1;

        Candidate(int token, TriggerEntry entry, VerbMorphology.Form form) {
            this.token = token;
            this.entry = entry;
            this.form = form;
        }

        boolean verb() {
            return form != null;
        }
    }

    private final TriggerLexicon lexicon;
    private final CueLexicon cues;

    TriggerFinder(TriggerLexicon lexicon, CueLexicon cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    List<Candidate> find(SentenceView v, java.util.Set<String> sentenceWords) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < v.n; i++) {
            if (v.mention[i] >= 0 || v.punct[i] || v.number[i] || cues.is("number", v.key[i]) && v.pro[i].isEmpty()
                    && !v.text.substring(v.start[i], v.end[i]).endsWith("ى")) {
                continue; // اثني عشر is twelve, not أثنى (spelt with ى)
            }
            List<TriggerLexicon.Hit> hits = lexicon.lookup(v.stem[i]);
            // التقى، التزم، التحق: a verb whose stem begins with ال matched as a whole; its ال is no article
            boolean article = v.article[i] && !hits.stream().anyMatch(TriggerLexicon.Hit::isVerb);
            if (hits.isEmpty() && v.article[i]) {
                hits = lexicon.lookup(v.key[i]);
            }
            if (hits.isEmpty()) {
                continue;
            }
            boolean nounContext = article || v.pro[i].indexOf('ب') >= 0 || v.pro[i].indexOf('ل') >= 0
                    || v.pro[i].indexOf('ك') >= 0 || (i > 0 && cues.is("prep", v.key[i - 1]))
                    || (!v.enc[i].isEmpty() && !v.article[i] && v.stem[i].endsWith("ت") && i > 0
                    && cues.is("light", v.key[i - 1]));
            boolean futurePrefix = v.pro[i].indexOf('س') >= 0;
            if (!nounContext && !verbPosition(v, i) && !(hasHostVerb(hits) && !v.enc[i].isEmpty())) {
                nounContext = true; // after a plain word: a noun in construct (إعلان رفض)
            }
            String surface = v.text.substring(v.start[i], v.end[i]);
            // tanween marks a noun (وافقاً is a misspelt وفقاً, never the verb); هنا without hamza is "here"
            boolean nounOnly = surface.indexOf('\u064B') >= 0 || surface.indexOf('\u064C') >= 0
                    || surface.indexOf('\u064D') >= 0 || surface.equals("هنا") || secondOfBetween(v, i)
                    || i > 0 && v.pro[i].isEmpty() && cues.is("prep", v.key[i - 1]) && v.enc[i - 1].isEmpty()
                    && !v.key[i - 1].equals("ان"); // على توافق: no verb right after a preposition
            for (TriggerLexicon.Hit h : hits) {
                if (h.isVerb() && nounOnly) {
                    continue;
                }
                if (h.entry().type() == org.rasd.model.EventType.PROTEST && !v.enc[i].isEmpty()
                        && !h.entry().recipientSlots().contains("obj")) {
                    // تجمعهم، مسيرتهم، مظاهراتهم: protest verbs take no object, so this is the noun, and a protest
                    // with its owner's pronoun refers back to one already reported
                    continue;
                }
                if (h.isVerb() && nounContext && hasNounReading(hits)) {
                    continue;
                }
                if (!h.isVerb() && (!nounContext || futurePrefix) && hasVerbReading(hits)) {
                    // a bare form that can be a verb is read as the verb
                    continue;
                }
                if (h.isVerb() && (article || v.pro[i].indexOf('ب') >= 0 || v.pro[i].indexOf('ك') >= 0)) {
                    continue; // بثمن is "for a price", never the verb ثمّن: ب and ك do not attach to verbs
                }
                Candidate c = new Candidate(i, h.entry(), h.form());
                if (accept(v, c, sentenceWords)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /** The second member of بين X وY (بين حمص وتدمر): a noun, whatever verb it looks like. */
    private static boolean secondOfBetween(SentenceView v, int i) {
        if (!v.pro[i].startsWith("و")) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (v.punct[k]) {
                return false;
            }
            if (v.key[k].equals("بين") && v.pro[k].isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Where a verb can stand: clause start, after a conjunction, particle, punctuation or subject. */
    private boolean verbPosition(SentenceView v, int i) {
        if (i == 0 || v.pro[i].indexOf('و') >= 0 || v.pro[i].indexOf('ف') >= 0 || v.pro[i].indexOf('س') >= 0) {
            return true;
        }
        int p = i - 1;
        String k = v.key[p];
        boolean nounTaking = k.equals("بعد") || k.equals("قبل") || k.equals("اثر") || k.equals("عقب") || k.equals("وسط")
                || k.equals("حتي") || k.equals("منذ");
        if (!v.enc[p].isEmpty() && (k.equals("دور") || k.equals("جهه") || k.equals("جهت") || k.equals("جانب")
                || v.stem[p].equals("دور") || v.stem[p].equals("جهت") || v.stem[p].equals("جانب"))) {
            return true; // بدورها أدانت، من جهته رحب، من جانبه دعا: a sentence adverb, then the verb
        }
        return v.punct[p] || v.mention[p] >= 0 || cues.is("boundary", k) && !nounTaking || cues.is("negation", k) || k.equals("قد")
                || k.equals("لقد") || k.equals("سوف") || cues.is("day", k) || cues.is("weekday", k)
                || k.equals("و") || k.equals("ف") || k.equals("كما") || k.equals("وقد") || k.equals("كان") || k.equals("كانت");
    }

    private static boolean hasHostVerb(List<TriggerLexicon.Hit> hits) {
        return hits.stream().anyMatch(h -> h.isVerb() && h.entry().host());
    }

    private static boolean hasNounReading(List<TriggerLexicon.Hit> hits) {
        return hits.stream().anyMatch(h -> !h.isVerb());
    }

    private static boolean hasVerbReading(List<TriggerLexicon.Hit> hits) {
        return hits.stream().anyMatch(TriggerLexicon.Hit::isVerb);
    }

    private boolean accept(SentenceView v, Candidate c, java.util.Set<String> sentenceWords) {
        TriggerEntry e = c.entry;
        int i = c.token;
        if (e.pastOnly() && c.verb() && c.form.tense() != org.rasd.events.internal.VerbMorphology.Tense.PAST) {
            return false;
        }
        if (!e.next().isEmpty()) {
            int found = -1;
            // a verb's subject may stand between (نزل آلاف المتظاهرين إلى الشوارع); a governed preposition
            // completes a noun only directly (تحقيق في, not تحقيق الأمن ... في)
            int reach = c.verb() ? 5 : e.next().stream().allMatch(w -> w.length() <= 3) ? 1 : 3;
            for (int j = i + 1; j < v.n && j <= i + reach && found < 0; j++) {
                if (matches(v, j, e.next())) {
                    found = j;
                }
            }
            // relative clause: الاتفاق الذي وقّعه الطرفان
            for (int j = i - 1; j >= 0 && j >= i - 4 && found < 0; j--) {
                if (matches(v, j, e.next()) && hasRelative(v, j, i)) {
                    found = j;
                }
            }
            if (found < 0) {
                return false;
            }
            if ("obstruct".equals(e.mode()) && found + 1 < v.n
                    && v.stem[found + 1].equals("علي")) {
                return false; // قطع الطريق على المتظاهرين: to cut someone off, an idiom, not a road blocked in protest
            }
            c.anchor = found;
        }
        if (!e.noNext().isEmpty() && i + 1 < v.n && matches(v, i + 1, e.noNext())) {
            return false;
        }
        for (int j = Math.max(0, i - 4); j < v.n && j <= i + 4 && !e.avoid().isEmpty(); j++) {
            if (j != i && matches(v, j, e.avoid())) {
                return false; // تستضيف روسيا بطولة كأس العالم: a tournament, not a visit
            }
        }
        if (!e.need().isEmpty()) {
            boolean ok = false;
            for (String w : e.need()) {
                if (sentenceWords.contains(w)) {
                    ok = true;
                    break;
                }
            }
            if (!ok) {
                return false;
            }
        }
        boolean supportLike = e.type() == org.rasd.model.EventType.SUPPORT || e.type() == org.rasd.model.EventType.AID
                || e.type() == org.rasd.model.EventType.COOPERATE;
        if (!c.verb() && i > 0 && cues.is("block", v.key[i - 1])
                && !(supportLike && cues.is("stopper", v.key[i - 1]))) {
            return false; // وقف الدعم is kept: stopping support is a sanction (EventDecorations)
        }
        if (e.lemma().startsWith("دعا") && c.verb() && !v.enc[i].isEmpty() && i + 1 < v.n
                && v.pro[i + 1].startsWith("ب")) {
            return false; // يدعونه بالجاسوس: they call him a spy
        }
        return true;
    }

    private boolean hasRelative(SentenceView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String s = v.stem[k];
            if (s.equals("الذي") || s.equals("التي") || s.equals("الذين")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(SentenceView v, int j, java.util.Set<String> words) {
        return words.contains(v.stem[j]) || words.contains(v.key[j]) || words.contains(v.pro[j] + v.stem[j])
                || !v.enc[j].isEmpty() && words.contains(v.stem[j] + v.enc[j]);
    }
}
