package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import org.rasd.events.internal.VerbMorphology;
import org.rasd.model.Aux;
import org.rasd.model.EventType;

/**
 * The features {@link LogisticIncidentFilter} reads for an ASSAULT or PROTEST candidate: the lexicon entry
 * and trigger word, verb or noun reading and tense, the confidence the rules gave it, its arguments and
 * auxiliary modes, incident cues of the sentence (time words, numbers with tolls or crowds, weapons) and
 * background cues (منذ، رغم، ذكرى، a relative clause around the trigger, a question), and the words next to
 * the trigger. Binary features named as strings, prefixed with the event type so each type has its own
 * weights.
 */
final class IncidentFeatures {
    private IncidentFeatures() {
    }

    static List<String> of(SentenceView v, CodedCandidate c, CueLexicon cues, boolean question) {
        String p = c.type == EventType.ASSAULT ? "A:" : "P:";
        List<String> f = new ArrayList<>(32);
        int t = c.token();
        f.add(p + "bias");
        // the entry's lemma, not its line number, so editing the lexicon does not shift the weights
        f.add(p + "entry=" + c.rule.substring(c.rule.lastIndexOf(':') + 1));
        f.add(p + "word=" + v.key[t]);
        VerbMorphology.Form form = c.trigger.form;
        f.add(p + (form == null ? "noun" : "verb:" + form.tense() + (form.passive() ? ":pass" : "")));
        if (form == null) {
            f.add(p + (v.article[t] ? "noun:def" : "noun:indef") + (v.stem[t].endsWith("ات") ? ":pl" : ""));
        }
        f.add(p + "conf=" + Math.round(Math.max(0, Math.min(1.2, c.confidence)) * 10));
        f.add(p + "actor=" + (c.actor.isEmpty() ? "none" : c.localActor ? "own" : "inherited"));
        f.add(p + "recipient=" + (c.recipient.isEmpty() ? "none" : "some"));
        f.add(p + "place=" + !c.location.isEmpty());
        for (Aux a : c.aux) {
            f.add(p + "aux=" + a);
        }
        boolean time = false, number = false, toll = false, crowd = false, weapon = false;
        for (int i = 0; i < v.n; i++) {
            String k = v.key[i];
            time |= cues.is("day", k) || cues.is("weekday", k);
            number |= v.number[i];
            toll |= cues.is("casualty", k) || cues.is("casualty", v.stem[i]);
            crowd |= cues.is("crowd", k);
            weapon |= cues.section("mode.ASSAULT").word(k) != null;
            if (k.equals("منذ") || k.equals("رغم") || k.equals("ذكري") || k.equals("ذكرى") || k.equals("اثر")
                    || k.equals("خلفيه") || k.equals("بعد") || k.equals("قبل") || k.equals("سابق")) {
                f.add(p + "cue=" + k);
            }
        }
        f.add(p + "time=" + time);
        f.add(p + "numtoll=" + (number && toll));
        f.add(p + "numcrowd=" + (number && crowd));
        f.add(p + "weapon=" + weapon);
        f.add(p + "question=" + question);
        f.add(p + "position=" + Math.min(t, 6) / 3);
        boolean relBefore = t > 0 && SentenceView.isRelative(v.stem[t - 1]) || t > 1 && SentenceView.isRelative(v.stem[t - 2]);
        boolean relAfter = t + 1 < v.n && SentenceView.isRelative(v.stem[t + 1]);
        f.add(p + "relative=" + (relBefore ? "before" : relAfter ? "after" : "none"));
        if (t > 0) {
            f.add(p + "prev=" + (v.punct[t - 1] ? "PUNCT" : v.number[t - 1] ? "NUM" : v.key[t - 1]));
        }
        if (t + 1 < v.n) {
            f.add(p + "next=" + (v.punct[t + 1] ? "PUNCT" : v.number[t + 1] ? "NUM" : v.key[t + 1]));
        }
        return f;
    }
}
