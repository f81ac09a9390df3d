package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rasd.model.ActorMention;
import org.rasd.model.Event;

/**
 * One fact, one event. Within a sentence: drops an event whose trigger span is already taken, or that repeats
 * another with the same type, actors, recipients and modes (a pledge and the support it pledges); the first,
 * which has the higher-level trigger, stays. Across the document: a fact reported twice (a headline and the
 * paragraph under it) is one event, as in ICEWS's one event per story, type, source, target and day, when
 * the same trigger entry reports it; the report with a location, else the more confident, else the earlier
 * one stays.
 */
final class Deduplicator {
    private Deduplicator() {
    }

    static List<Event> dedupe(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            int same = -1;
            boolean dup = false;
            for (int i = 0; i < out.size() && !dup; i++) {
                Event o = out.get(i);
                boolean sameSentence = o.provenance().sentence() == e.provenance().sentence();
                if (sameSentence && (o.provenance().trigger().overlaps(e.provenance().trigger())
                        || sameParticipants(o, e))) {
                    dup = true;
                } else if (!sameSentence && sameParticipants(o, e)
                        && Objects.equals(o.provenance().rule(), e.provenance().rule())) {
                    dup = true;
                    if (better(e, o)) {
                        same = i;
                    }
                }
            }
            if (same >= 0) {
                out.set(same, e);
            } else if (!dup) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Same type, modes, day, actors and recipients. Across sentences the lexicon entry must match too: a
     * headline and its paragraph repeat the word (انضمام ... بانضمام), while two statements with the same
     * participants (readiness to work with X, a pledge to support X) use different ones and stay two events.
     */
    private static boolean sameParticipants(Event a, Event b) {
        return a.type() == b.type() && a.aux().equals(b.aux()) && Objects.equals(a.date(), b.date())
                && names(a.actor()).equals(names(b.actor())) && names(a.recipient()).equals(names(b.recipient()));
    }

    private static boolean better(Event candidate, Event kept) {
        if (candidate.location().isEmpty() != kept.location().isEmpty()) {
            return !candidate.location().isEmpty();
        }
        return candidate.provenance().confidence() > kept.provenance().confidence() + 1e-9;
    }

    private static List<String> names(List<ActorMention> as) {
        return as.stream().map(a -> a.actor().name()).sorted().toList();
    }
}
