package org.rasd.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Protesters acting: a verb whose subject is a protester agent (أضرم المتظاهرون النار، رفع المحتجون
 * لافتات، ردد المتظاهرون هتافات) reports a PROTEST even when the verb itself is not in the lexicon.
 * Only when the sentence has no other PROTEST trigger, so one protest is one event.
 */
final class ProtesterRule {
    private final SentenceView v;
    private final List<ArgMention> ms;
    private final CueLexicon cues;
    private final List<TriggerFinder.Candidate> cands;

    ProtesterRule(SentenceView v, List<ArgMention> ms, CueLexicon cues, List<TriggerFinder.Candidate> cands) {
        this.v = v;
        this.ms = ms;
        this.cues = cues;
        this.cands = cands;
    }

    List<CodedCandidate> find() {
        List<CodedCandidate> out = new ArrayList<>();
        for (TriggerFinder.Candidate c : cands) {
            if (c.entry.type() == org.rasd.model.EventType.PROTEST) {
                return out;
            }
        }
        for (ArgMention m : ms) {
            if (!m.is(AgentLexicon.AgentClass.PROTESTER) || m.first() == 0 || !v.stem[m.first()].endsWith("ون")) {
                continue;
            }
            int k = m.first() - 1;
            String key = v.key[k];
            if (v.punct[k] || v.number[k] || v.article[k] || v.mention[k] >= 0 || key.length() < 3
                    || cues.is("prep", key) || cues.is("speech", key) || cues.is("boundary", key)
                    || cues.is("negation", key) || cues.is("number", key) || !v.pro[m.first()].isEmpty()
                    || isTrigger(k) || !(k == 0 || v.pro[k].indexOf('و') >= 0 || v.pro[k].indexOf('ف') >= 0)) {
                continue;
            }
            TriggerEntry e = new TriggerEntry("rule:protester-subject", true, key,
                    org.rasd.model.EventType.PROTEST, "demo", "141", List.of(), List.of(), false, false,
                    java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), false, false, false, false, 0.45, false, false);
            TriggerFinder.Candidate t = new TriggerFinder.Candidate(k, e,
                    new org.rasd.events.internal.VerbMorphology.Form(
                            org.rasd.events.internal.VerbMorphology.Tense.PAST, true, false, false));
            CodedCandidate cc = new CodedCandidate(t);
            cc.actor = List.of(m.toActorMention());
            cc.localActor = true;
            out.add(cc);
            return out;
        }
        return out;
    }

    private boolean isTrigger(int k) {
        for (TriggerFinder.Candidate c : cands) {
            if (c.token == k) {
                return true;
            }
        }
        return false;
    }
}
