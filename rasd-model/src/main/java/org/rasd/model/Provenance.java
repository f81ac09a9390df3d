package org.rasd.model;

import java.util.Objects;

/**
 * The evidence for a coded event: where its trigger is, in which sentence, how sure the coder is,
 * and which rule or lexicon entry fired.
 *
 * @param sentence    index of the sentence
 * @param trigger     span of the trigger word(s) in the original text
 * @param triggerText surface text of the trigger
 * @param confidence  in [0, 1]
 * @param rule        identifier of the lexicon entry or rule that produced the event
 */
public record Provenance(int sentence, Span trigger, String triggerText, double confidence, String rule) {
    public Provenance {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerText, "triggerText");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }
}
