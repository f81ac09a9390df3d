package org.rasd.events;

import java.util.List;
import java.util.Set;
import org.rasd.model.EventType;

/**
 * One line of the trigger lexicon: a verb or a verbal noun that reports a PLOVER event, with how its
 * arguments are found (see {@code triggers.ar.tsv} for the option syntax).
 *
 * @param id             rule id, {@code lexicon:<line>:<lemma>}, recorded in each event's provenance
 * @param verb           a verb (else a noun)
 * @param lemma          the first form as written in the lexicon
 * @param type           PLOVER event type
 * @param mode           PLOVER mode, or {@code null}
 * @param cameo          CAMEO code, or {@code null}
 * @param context        PLOVER contexts
 * @param recipientSlots where the recipient is: {@code obj}, {@code gen} or a folded preposition
 * @param actorGenitive  the noun's genitive is its actor
 * @param host           the subject hosts (becomes the recipient)
 * @param next           one of these folded words must follow within two words (empty: no condition)
 * @param noNext         the trigger is void when one of these folded words follows directly
 * @param need           one of these folded words must occur in the sentence (empty: no condition)
 * @param avoid          the trigger is void when one of these folded words stands within four words of it
 * @param needArg        emit only with an argument found in the sentence itself
 * @param needRecipient  emit only with a recipient (حذّر X Y: a warning to someone; حذّر من خطر is no event)
 * @param twoSided       participants after مع join the actor list
 * @param intent         a pledge or readiness: an embedded cooperative event becomes AGREE
 * @param confidence     base confidence
 * @param pastOnly       only perfect forms report an event (the imperfect describes a state: تسيطر على)
 * @param noGovernor     the subject of the governing verb is not the actor (أدت الاشتباكات إلى مقتل ...)
 */
public record TriggerEntry(String id, boolean verb, String lemma, EventType type, String mode, String cameo,
                           List<String> context, List<String> recipientSlots, boolean actorGenitive, boolean host,
                           Set<String> next, Set<String> noNext, Set<String> need, Set<String> avoid, boolean needArg,
                           boolean needRecipient,
                           boolean twoSided, boolean intent, double confidence, boolean pastOnly,
                           boolean noGovernor) {
    public TriggerEntry {
        context = List.copyOf(context);
        recipientSlots = List.copyOf(recipientSlots);
        next = Set.copyOf(next);
        noNext = Set.copyOf(noNext);
        need = Set.copyOf(need);
        avoid = Set.copyOf(avoid);
    }
}
