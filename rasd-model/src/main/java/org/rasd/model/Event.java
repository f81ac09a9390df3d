package org.rasd.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A coded PLOVER event: who did what to whom, where and when, with its evidence.
 *
 * @param type       PLOVER event type
 * @param mode       PLOVER mode, or {@code null}
 * @param context    PLOVER contexts
 * @param aux        auxiliary modes
 * @param actor      the source actors (a list: PLOVER compound actors)
 * @param recipient  the target actors
 * @param location   where it happened
 * @param date       when it happened, or {@code null} when unknown
 * @param cameo      CAMEO code where determinable, or {@code null}
 * @param provenance the evidence
 */
public record Event(EventType type, String mode, List<String> context, Set<Aux> aux, List<ActorMention> actor,
                    List<ActorMention> recipient, List<PlaceMention> location, LocalDate date, String cameo,
                    Provenance provenance) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(provenance, "provenance");
        context = List.copyOf(context);
        aux = Set.copyOf(aux);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        location = List.copyOf(location);
    }
}
