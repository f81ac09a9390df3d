package org.rasd.events;

import org.rasd.model.EventType;

/**
 * Whether an ASSAULT or PROTEST trigger reports an incident rather than mentions violence or protest
 * in general (the usual source of false codings): an incident has a time (أمس، اليوم، a weekday), a
 * toll (a number with قتلى، جرحى، مقتل ...) or a crowd (آلاف، مئات), a place, or an actor of its own;
 * a definite or plural noun with none of these is most often a reference back (الهجوم الذي ...،
 * الاعتداءات). Adjusts the candidate's confidence accordingly.
 */
final class IncidentEvidence {
    static final boolean SPECIFIC = PloverEventCoder.SPECIFIC;
    static final double SINCE_PENALTY = Double.parseDouble(System.getProperty("rasd.events.since", "0.2"));
    private final CueLexicon cues;

    IncidentEvidence(CueLexicon cues) {
        this.cues = cues;
    }

    static final double PROTEST_TOOK_PLACE = 0.8;

    /** نظمها، نظمتها، نظموها: the noun before it was organized (by the subject that follows). */
    private static boolean organizedBy(String key) {
        return key.equals("نظمها") || key.equals("نظمتها") || key.equals("نظموها");
    }

    private static boolean explosion(CodedCandidate c) {
        String lemma = c.trigger.entry.lemma();
        return lemma.equals("انفجار") || lemma.equals("انفجر") || lemma.equals("تفجير") || lemma.equals("فجر");
    }

    void adjust(SentenceView v, CodedCandidate c) {
        if (c.type != EventType.ASSAULT && c.type != EventType.PROTEST) {
            return;
        }
        boolean time = false;
        boolean number = false;
        boolean toll = false;
        boolean crowd = false;
        boolean weapon = false;
        boolean since = false;
        boolean bomb = false;
        for (int i = 0; i < v.n; i++) {
            String k = v.key[i];
            String mode = c.type == EventType.ASSAULT ? cues.section("mode.ASSAULT").word(k) : null;
            bomb |= "explosives".equals(mode) || "suicide-attack".equals(mode);
            since |= k.equals("منذ") || k.equals("رغم");
            weapon |= mode != null && !"firearms".equals(mode);
            time |= cues.is("day", k) || cues.is("weekday", k);
            number |= v.number[i] || cues.is("number", k) && !k.equals("ما") && !k.equals("احد");
            toll |= cues.is("casualty", k) || cues.is("casualty", v.stem[i]);
            crowd |= cues.is("crowd", k);
        }
        boolean place = !c.location.isEmpty();
        boolean own = c.localActor && !c.actor.isEmpty() || c.localRecipient && !c.recipient.isEmpty();
        int evidence = (time ? 1 : 0) + (number && (toll || crowd) ? 1 : 0) + (place ? 1 : 0) + (own ? 1 : 0);
        if (c.type == EventType.ASSAULT && toll && number) {
            evidence++;
        }
        if (weapon) {
            evidence++; // a named weapon (عبوة ناسفة، انتحاري، قذائف) points to one attack
        }
        int k = c.token();
        boolean carriedOut = !c.trigger.verb() && k > 0 && cues.is("perpetrate", v.key[k - 1]);
        boolean tookPlace = !c.trigger.verb() && c.aux.isEmpty()
                && (k > 0 && cues.is("occur", v.key[k - 1]) || k + 1 < v.n && organizedBy(v.key[k + 1]));
        if (carriedOut) {
            c.carriedOut = true;
            evidence += 2; // شن هجوما، نفذت غارة: a support verb reports this incident as carried out
        }
        boolean verb = c.trigger.verb();
        boolean past = verb && c.trigger.form.tense() != org.rasd.events.internal.VerbMorphology.Tense.IMPERFECT;
        double delta;
        if (evidence >= 2) {
            delta = 0.1;
        } else if (evidence == 1) {
            delta = verb && past ? 0 : -0.15;
        } else {
            delta = verb && past ? -0.15 : -0.3;
        }
        if (!verb && v.article[c.token()] && !time) {
            delta -= 0.1;
        }
        if (!verb && v.stem[c.token()].endsWith("ات") && !time) {
            delta -= 0.1;
        }
        if (since && !time) {
            delta -= SINCE_PENALTY; // tolls "since the invasion", "despite the killing of": a summary or background
        }
        int t = c.token();
        boolean relative = !verb && t + 1 < v.n && SentenceView.isRelative(v.stem[t + 1])
                || verb && (t > 0 && SentenceView.isRelative(v.stem[t - 1]) || t > 1 && SentenceView.isRelative(v.stem[t - 2]));
        if (relative) {
            delta -= 0.25; // the attack that ..., who was killed in ...: background, not the reported event
        }
        c.confidence += delta;
        if (SPECIFIC && c.type == EventType.ASSAULT && past && c.localActor && !c.actor.isEmpty() && c.localRecipient
                && !c.recipient.isEmpty() && !since && !relative) {
            // مسلحون خطفوا أربعة مهندسين: a past attack verb with its own perpetrator and victim is one incident
            c.confidence = Math.max(c.confidence, 0.9);
        }
        boolean relativeBefore = false;
        for (int i = Math.max(0, t - 3); i < t; i++) {
            relativeBefore |= SentenceView.isRelative(v.stem[i]);
        }
        if (SPECIFIC && bomb && explosion(c) && (time || number && toll || place) && !since && !relative
                && !relativeBefore && c.aux.isEmpty() && !v.stem[t].endsWith("ات")) {
            // انفجار سيارة مفخخة، انفجرت عبوة ناسفة with a time, toll or place: a bombing, not an accident
            c.confidence = Math.max(c.confidence, 0.9);
        }
        if (SPECIFIC && tookPlace && !since && !relativeBefore) {
            // اندلعت مظاهرات في ...، تظاهرة نظمها الحزب: the protest or clash is reported as having taken place
            c.confidence = Math.max(c.confidence, c.type == EventType.PROTEST ? PROTEST_TOOK_PLACE : 0.9);
        }
        if (carriedOut) {
            c.confidence = Math.max(c.confidence, 0.9); // as sure as a past attack verb with its own arguments
        }
    }
}
