package org.rasd.events;

import java.util.List;
import java.util.Set;
import org.rasd.model.ActorMention;
import org.rasd.model.Aux;
import org.rasd.model.EventType;
import org.rasd.model.PlaceMention;
import org.rasd.model.Span;

/**
 * Completes a coded trigger: PLOVER's type rules (a future CONSULT, SUPPORT, COOPERATE or AID is an
 * AGREE; a future RETREAT is a CONCEDE; a state's protest is an ACCUSE), the mode from weapon and
 * protest cue words, contexts from topic cue words, the location from a place governed by في / ب
 * (with its direction words: شمال شرق سوريا), and confidence adjustments.
 */
final class EventDecorations {
    private static final Set<String> PLACE_PREPS = Set.of("في", "قرب", "داخل", "امام", "بمدينه", "مدينه",
            "بلده", "محافظه", "العاصمه", "عاصمه", "منطقه", "قريه", "حي", "ضاحيه", "اقليم", "ولايه", "مخيم",
            "قضاء", "ناحيه", "بالقرب", "وسط", "ضواحي", "اطراف", "شوارع", "مدن", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي");
    private static final Set<String> DIRECTIONS = Set.of("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي",
            "شرقي", "غربي");
    private final CueLexicon cues;

    EventDecorations(CueLexicon cues) {
        this.cues = cues;
    }

    void apply(SentenceView v, List<ArgMention> ms, CodedCandidate c, Set<String> words) {
        retype(c);
        retypeByComplement(v, c);
        mode(v, c);
        context(v, c);
        location(v, ms, c);
        if (!c.location.isEmpty() && c.location.get(0).place().country() != null) {
            c.actor = localize(c.actor, c.location.get(0).place().country());
        }
        if (c.localActor && !c.actor.isEmpty()) {
            c.confidence += 0.1;
        }
        if (c.localRecipient && !c.recipient.isEmpty()) {
            c.confidence += 0.05;
        }
        if (!c.localActor && !c.localRecipient) {
            c.confidence -= 0.1;
        }
        int t = c.token();
        if (c.trigger.verb() && c.trigger.form.tense() == org.rasd.events.internal.VerbMorphology.Tense.IMPERFECT
                && (t > 0 && relative(v.stem[t - 1]) || t > 1 && relative(v.stem[t - 2]))) {
            c.confidence -= 0.2; // التي يسيطر عليها: a description, not an event
        }
    }

    private void retype(CodedCandidate c) {
        if (c.type == EventType.PROTEST && c.trigger.entry.lemma().startsWith("احتج") && stateActor(c.actor)) {
            c.type = EventType.ACCUSE;
            c.mode = "disapprove";
            c.cameo = "114";
        }
        boolean future = c.aux.contains(Aux.FUTURE) && !c.aux.contains(Aux.NEGATION);
        if (future && (c.type == EventType.CONSULT || c.type == EventType.SUPPORT || c.type == EventType.COOPERATE
                || c.type == EventType.AID)) {
            c.cameo = switch (c.type) {
                case CONSULT -> "036";
                case SUPPORT -> "032";
                case COOPERATE -> "031";
                default -> "033";
            };
            c.type = EventType.AGREE;
            c.mode = null;
            c.aux.remove(Aux.FUTURE);
        } else if (future && c.type == EventType.RETREAT) {
            c.type = EventType.CONCEDE;
            c.mode = null;
            c.aux.remove(Aux.FUTURE);
        } else if (c.type == EventType.AGREE && c.trigger.entry.intent()) {
            c.aux.remove(Aux.FUTURE); // a pledge is an AGREE in itself
        }
    }

    /**
     * A pledge whose ب-complement is violence is a threat (CAMEO 138); stopping support, aid or cooperation is a
     * sanction (CAMEO 162, discontinue).
     */
    private void retypeByComplement(SentenceView v, CodedCandidate c) {
        int k = c.token();
        if (c.type == EventType.AGREE && c.trigger.entry.lemma().startsWith("تعهد")) {
            for (int j = k + 1; j < v.n && j <= k + 5; j++) {
                if (v.pro[j].indexOf('ب') >= 0 && cues.is("violence", v.key[j])) {
                    c.type = EventType.THREATEN;
                    c.mode = null;
                    c.cameo = "138";
                    return;
                }
            }
        }
        if ((c.type == EventType.SUPPORT || c.type == EventType.AID || c.type == EventType.COOPERATE) && !c.trigger.verb()
                && k > 0 && cues.is("stopper", v.key[k - 1])) {
            c.type = EventType.SANCTION;
            c.mode = "discontinue";
            c.cameo = "162";
        }
    }

    private static boolean stateActor(List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.actor().country() != null && (a.actor().sector().isEmpty() || a.actor().sector().contains("GOV"))) {
                return true;
            }
        }
        return false;
    }

    private void mode(SentenceView v, CodedCandidate c) {
        String section = "mode." + c.type.name();
        if (c.type != EventType.ASSAULT && c.type != EventType.PROTEST) {
            return;
        }
        if (c.type == EventType.ASSAULT && c.mode != null && !c.mode.equals("heavy-weapons")) {
            return;
        }
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = 0; i < v.n; i++) {
            String m = cues.section(section).word(v.key[i]);
            if ("firearms".equals(m) && i > 0 && cues.is("arson", v.key[i - 1])) {
                continue; // أضرموا النار: setting fire, not shooting
            }
            if (m != null && Math.abs(i - c.token()) < bestDist) {
                best = m;
                bestDist = Math.abs(i - c.token());
            }
        }
        if (best != null) {
            c.mode = best;
        }
    }

    private void context(SentenceView v, CodedCandidate c) {
        Object[] hit = new Object[1];
        for (int i = 0; i < v.n; i++) {
            int len = cues.section("context").match(v.key, i, v.n, hit);
            if (len > 0) {
                String ctx = (String) hit[0];
                if (!c.context.contains(ctx) && c.context.size() < 4) {
                    c.context.add(ctx);
                }
                i += len - 1;
            }
        }
    }

    private void location(SentenceView v, List<ArgMention> ms, CodedCandidate c) {
        ArgMention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (ArgMention m : ms) {
            if (m.place() == null || used(m, c.actor) || used(m, c.recipient)) {
                continue;
            }
            int p = m.first() - 1;
            boolean governed = v.pro[m.first()].indexOf('ب') >= 0 || p >= 0 && PLACE_PREPS.contains(v.key[p]);
            if (!governed) {
                continue;
            }
            int d = m.first() > c.token() ? m.first() - c.token() : (c.token() - m.last()) * 2;
            if (d < bestDist) {
                best = m;
                bestDist = d;
            }
        }
        if (best == null) {
            return;
        }
        int first = best.first();
        while (first > 0 && DIRECTIONS.contains(v.key[first - 1]) && best.first() - first < 3) {
            first--;
        }
        Span span = first == best.first() ? best.span() : new Span(v.start[first], best.span().end());
        c.location = List.of(new PlaceMention(span, v.text.substring(span.start(), span.end()), best.place()));
    }

    /** Generic domestic agents (protesters, police, gunmen) with no country are of the event's country. */
    /**
     * Generic forces that strike abroad as often as at home: a war plane or unnamed "forces" over Basra are as likely
     * American as Iraqi, so the place does not give them a country.
     */
    private static final java.util.Set<String> FOREIGN_ARMS = java.util.Set.of("military aircraft and artillery",
            "forces");

    private static List<ActorMention> localize(List<ActorMention> actors, String country) {
        List<ActorMention> out = new java.util.ArrayList<>(actors.size());
        for (ActorMention a : actors) {
            if (a.actor().country() == null && !a.actor().sector().isEmpty() && !FOREIGN_ARMS.contains(a.actor().name())) {
                out.add(new ActorMention(a.span(), a.text(), new org.rasd.model.Actor(a.actor().name(), country,
                        a.actor().sector())));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean relative(String s) {
        return s.equals("الذي") || s.equals("التي") || s.equals("الذين");
    }

    private static boolean used(ArgMention m, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.span().equals(m.span())) {
                return true;
            }
        }
        return false;
    }
}
