package org.rasd.events;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rasd.model.ActorMention;
import org.rasd.model.Aux;
import org.rasd.model.EventType;
import org.rasd.model.PlaceMention;

/** A trigger with its arguments while the sentence is being coded; becomes an {@code Event} at the end. */
final class CodedCandidate {
    final TriggerFinder.Candidate trigger;
    EventType type;
    String mode;
    String cameo;
    List<ActorMention> actor = List.of();
    List<ActorMention> recipient = List.of();
    List<PlaceMention> location = List.of();
    Set<Aux> aux = EnumSet.noneOf(Aux.class);
    boolean localActor;
    boolean localRecipient;
    int objectToken = -1;
    double confidence;
    String rule;
    boolean dropped;
    /** An attack noun that a past support verb reports as carried out (شن هجوما): set by IncidentEvidence. */
    boolean carriedOut;
    final List<String> context = new ArrayList<>();

    CodedCandidate(TriggerFinder.Candidate trigger) {
        this.trigger = trigger;
        this.type = trigger.entry.type();
        this.mode = trigger.entry.mode();
        this.cameo = trigger.entry.cameo();
        this.confidence = trigger.entry.confidence();
        this.rule = trigger.entry.id();
        this.context.addAll(trigger.entry.context());
    }

    int token() {
        return trigger.token;
    }

    boolean hasLocalArgument() {
        return localActor && !actor.isEmpty() || localRecipient && !recipient.isEmpty();
    }

    static boolean sameActors(List<ActorMention> a, List<ActorMention> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).actor().name().equals(b.get(i).actor().name())) {
                return false;
            }
        }
        return true;
    }

    static List<ActorMention> union(List<ActorMention> a, List<ActorMention> b) {
        List<ActorMention> out = new ArrayList<>(a);
        for (ActorMention m : b) {
            if (out.stream().noneMatch(o -> o.actor().name().equals(m.actor().name()))) {
                out.add(m);
            }
        }
        return out;
    }
}
