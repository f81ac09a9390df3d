package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import org.rasd.model.ActorMention;
import org.rasd.model.Event;

/**
 * One fact, one event: drops an event that repeats another of the same sentence with the same type,
 * actors, recipients and modes (a pledge and the support it pledges), and one whose trigger span is
 * already taken. Keeps the first, which has the higher-level trigger.
 */
final class Deduplicator {
    private Deduplicator() {
    }

    static List<Event> dedupe(List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            boolean dup = false;
            for (Event o : out) {
                if (o.provenance().trigger().overlaps(e.provenance().trigger())
                        || o.provenance().sentence() == e.provenance().sentence() && o.type() == e.type()
                        && names(o.actor()).equals(names(e.actor())) && names(o.recipient()).equals(names(e.recipient()))
                        && o.aux().equals(e.aux())) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<String> names(List<ActorMention> as) {
        return as.stream().map(a -> a.actor().name()).sorted().toList();
    }
}
