package org.rasd.events;

import java.util.List;
import java.util.function.IntFunction;
import org.rasd.model.ActorMention;
import org.rasd.model.EventType;

/**
 * Constructions that join two triggers of one sentence into one fact: a meeting and the verb hosting
 * it (لقاء استضافته القاهرة), participation (بمشاركة X), a welcome and the agreement it welcomes (its
 * parties become the recipient), a pledge and what is pledged (تعهد بتقديم المساعدة ...), joining an
 * organization named only by the welcoming subject; then drops nominal triggers left without an
 * argument of their own.
 */
final class CandidateLinker {
    private final SentenceView v;
    private final ArgumentFinder af;
    private final CueLexicon cues;

    CandidateLinker(SentenceView v, ArgumentFinder af, CueLexicon cues) {
        this.v = v;
        this.af = af;
        this.cues = cues;
    }

    /** Prepositions and particles that open what a request asks for (دعا إلى، حث على، طالب بـ، ناشد أن). */
    private static final java.util.Set<String> ASKED = java.util.Set.of("الى", "إلى", "علي", "على", "ان", "عن", "من");

    /**
     * What a request asks for did not happen (حثت الأمم المتحدة الجزائر على الكف عن اعتقال وطرد المهاجرين،
     * دعا إلى وقف إطلاق النار): an event inside the complement of a REQUEST, within its clause, is dropped;
     * the REQUEST itself carries the fact.
     */
    private void requested(List<CodedCandidate> cs) {
        for (CodedCandidate r : cs) {
            if (r.type != EventType.REQUEST || r.dropped) {
                continue;
            }
            boolean opened = false;
            int limit = Math.min(v.n, r.token() + 16);
            for (int j = r.token() + 1; j < limit; j++) {
                if (af.hardBoundary(j) || opened && v.punct[j] && !v.stem[j].equals("\"") && !v.stem[j].equals("«")) {
                    break; // commas before the complement set off the requester's titles (دعا ولي العهد، الأمير …،)
                }
                opened |= ASKED.contains(v.key[j]) || ASKED.contains(v.stem[j]) || v.pro[j].indexOf('ب') >= 0
                        || v.pro[j].indexOf('ل') >= 0 && !v.article[j];
                if (!opened) {
                    continue;
                }
                for (CodedCandidate c : cs) {
                    if (c != r && c.token() == j && c.type != EventType.REQUEST && c.aux.isEmpty()) {
                        c.dropped = true;
                    }
                }
            }
        }
    }

    void link(List<CodedCandidate> cs, IntFunction<List<ActorMention>> governorSubject) {
        requested(cs);
        for (CodedCandidate h : cs) {
            if (!h.trigger.entry.host() || !h.trigger.verb()) {
                continue;
            }
            for (CodedCandidate m : cs) {
                if (m != h && m.type == EventType.CONSULT && !m.trigger.verb() && !m.trigger.entry.host()
                        && Math.abs(m.token() - h.token()) <= 3) {
                    if (!h.recipient.isEmpty()) {
                        m.recipient = h.recipient;
                        m.localRecipient = h.localRecipient;
                    }
                    if (m.actor.isEmpty() || !m.localActor) {
                        m.actor = h.actor.isEmpty() ? m.actor : h.actor;
                        m.localActor |= !h.actor.isEmpty();
                    }
                    m.mode = "visit";
                    m.cameo = "043";
                    h.dropped = true;
                    break;
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (c.type == EventType.CONSULT && !c.dropped) {
                participants(c);
            }
        }
        for (CodedCandidate c : cs) {
            if (c.dropped || !c.recipient.isEmpty() || c.objectToken < 0) {
                continue;
            }
            for (CodedCandidate o : cs) {
                if (o != c && !o.actor.isEmpty() && o.localActor && (o.token() == c.objectToken
                        || o.token() == c.objectToken + 1 || o.trigger.anchor == c.objectToken)) {
                    c.recipient = o.actor;
                    c.localRecipient = true;
                    break;
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (c.dropped || !c.trigger.entry.intent()) {
                continue;
            }
            for (CodedCandidate o : cs) {
                if (o == c || o.dropped || o.token() <= c.token() || o.token() > c.token() + 5) {
                    continue;
                }
                if (SentenceCoder.cooperative(o.type)) {
                    if (c.recipient.isEmpty()) {
                        c.recipient = o.recipient;
                        c.localRecipient = o.localRecipient;
                    }
                    if (c.context.isEmpty()) {
                        c.context.addAll(o.context);
                    }
                    o.dropped = true;
                } else {
                    c.dropped = true;
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (c.dropped || c.type != EventType.REQUEST) {
                continue;
            }
            for (CodedCandidate o : cs) {
                if (o != c && !o.trigger.verb() && o.token() > c.token() && o.token() <= c.token() + 10
                        && (SentenceCoder.cooperative(o.type) || o.type.quad() == org.rasd.model.QuadClass.VERBAL_CONFLICT)) {
                    o.dropped = true; // the content of a request is not an event of its own
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (c.dropped || c.type != EventType.THREATEN) {
                continue;
            }
            for (CodedCandidate o : cs) {
                int t = o.token();
                if (o != c && !o.trigger.verb() && t > c.token() && t <= c.token() + 3 && v.pro[t].indexOf('ب') >= 0
                        || o != c && !o.trigger.verb() && t > 0 && t <= c.token() + 3 && t > c.token()
                        && v.key[t - 1].equals("فرض") && v.pro[t - 1].indexOf('ب') >= 0) {
                    o.dropped = true; // تهديدات أمريكية بفرض عقوبات: what is threatened has not happened
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (c.type == EventType.COOPERATE && c.recipient.isEmpty() && c.trigger.entry.lemma().startsWith("انضم")) {
                List<ActorMention> g = governorSubject.apply(c.token());
                if (!g.isEmpty() && !CodedCandidate.sameActors(g, c.actor)) {
                    c.recipient = g;
                    c.localRecipient = true;
                }
            }
        }
        for (CodedCandidate c : cs) {
            if (!c.dropped && c.trigger.entry.host() && c.trigger.verb() && c.actor.isEmpty()) {
                c.dropped = true; // hosting with no guest and no meeting: a venue, not a visit
            }
        }
        for (CodedCandidate c : cs) {
            if (!c.dropped && c.trigger.entry.needArg() && !c.hasLocalArgument()) {
                c.dropped = true;
            }
            if (!c.dropped && c.trigger.entry.needArg() && !c.trigger.verb() && v.article[c.token()]
                    && !(c.localActor && !c.actor.isEmpty())) {
                c.dropped = true; // الاتفاق النووي مع إيران: a definite noun without its own actor refers back
            }
        }
    }

    /** بمشاركة X، بحضور X after a meeting: X takes part. */
    private void participants(CodedCandidate c) {
        for (int k = c.token() + 1; k < v.n && k <= c.token() + 15; k++) {
            if (v.punct[k] && !v.stem[k].equals("،")) {
                return;
            }
            String key = v.key[k];
            if ((key.equals("مشاركه") || key.equals("حضور")) && v.pro[k].indexOf('ب') >= 0) {
                ArgMention m = af.namedFrom(k + 1, 10);
                if (m != null) {
                    List<ActorMention> p = af.resolve(af.compound(m));
                    p.removeIf(x -> c.recipient.stream().anyMatch(r -> r.actor().name().equals(x.actor().name())));
                    c.actor = CodedCandidate.union(c.actor, p);
                    c.localActor = true;
                }
                return;
            }
        }
    }
}
