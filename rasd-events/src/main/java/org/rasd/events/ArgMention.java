package org.rasd.events;

import java.util.List;
import org.rasd.model.Actor;
import org.rasd.model.ActorMention;
import org.rasd.model.Place;
import org.rasd.model.Span;

/**
 * A possible event argument in a sentence: a named actor, a place, or a generic agent, over a range of
 * the sentence's tokens.
 *
 * @param first  first token
 * @param last   last token (inclusive)
 * @param span   span in the original text
 * @param text   surface text
 * @param actor  who it is when it can act (a named actor, a country, a capital standing for its
 *               government, a generic agent); {@code null} for a town
 * @param place  the gazetteer place, for places; else {@code null}
 * @param agent  the generic agent it is, or {@code null}
 * @param town   a place that is not a country or capital (never an actor)
 */
record ArgMention(int first, int last, Span span, String text, Actor actor, Place place, AgentLexicon.Agent agent,
                  boolean town) {
    boolean refers() {
        return agent != null && agent.refers();
    }

    boolean is(AgentLexicon.AgentClass c) {
        return agent != null && agent.agentClass() == c;
    }

    ActorMention toActorMention() {
        return new ActorMention(span, text, actor);
    }

    static List<ActorMention> mentions(List<ArgMention> args) {
        return args.stream().filter(a -> a.actor() != null).map(ArgMention::toActorMention).toList();
    }
}
