package org.rasd.events;

import java.util.EnumSet;
import java.util.Set;
import org.rasd.model.Aux;

/**
 * PLOVER auxiliary modes of a trigger from the words around it: negation (لم، لن، لا، ما، عدم، دون
 * before it; نفى/ينفي earlier in the sentence), future or intent (the future prefix س، سوف، لن، words of
 * schedule such as المقبل or من المقرر, a pledge or readiness word before it), hypothetical (إذا، لو،
 * في حال before it). The historical mode comes from the event's date (see {@link PloverEventCoder}).
 * Reported speech (قال إن ...) changes nothing: the event keeps its own modes.
 */
final class AuxDetector {
    private final CueLexicon cues;

    AuxDetector(CueLexicon cues) {
        this.cues = cues;
    }

    Set<Aux> detect(SentenceView v, TriggerFinder.Candidate c) {
        EnumSet<Aux> aux = EnumSet.noneOf(Aux.class);
        int i = c.token;
        if (v.pro[i].indexOf('س') >= 0 && c.verb()) {
            aux.add(Aux.FUTURE);
        }
        if (i >= 3 && v.key[i - 1].equals("ان") && v.enc[i - 1].isEmpty() && cues.is("control", v.key[i - 2])) {
            // لا يريد أن يحمل، لم يحاول أن، لن يقرر أن: the negated governing verb negates the event
            String neg = v.key[i - 3];
            if (neg.equals("لا") || neg.equals("لم") || neg.equals("لن") || neg.equals("ما")) {
                aux.add(Aux.NEGATION);
            }
        }
        // particles right before the trigger (قد and pronouns may intervene)
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String key = v.key[k];
            if (v.punct[k]) {
                break;
            }
            if (key.equals("لن")) {
                aux.add(Aux.NEGATION);
                aux.add(Aux.FUTURE);
                break;
            }
            if (key.equals("سوف")) {
                aux.add(Aux.FUTURE);
                break;
            }
            if (cues.is("negation", key) && (k == i - 1 || v.key[k + 1].equals("قد") || cues.is("light", v.key[k + 1]) || v.key[k + 1].equals("يتم")
                    || v.key[k + 1].equals("تتم") || v.key[k + 1].equals("يكن") || v.key[k + 1].equals("تكن"))) {
                if (!(key.equals("ما") && !c.verb()) && !(key.equals("غير") && c.verb())) {
                    aux.add(Aux.NEGATION);
                }
                break;
            }
            if (k == i - 1 && !c.verb() && cues.is("light", key)) {
                continue; // لم تقدم مساعدات: the particle negates the light verb and so the noun's event
            }
            if (v.mention[k] >= 0 || k < i - 1 && !key.equals("قد")) {
                break;
            }
        }
        if (!c.verb()) {
            // the noun's light verb, across its subject: لم تقدم الولايات المتحدة مساعدات، ستقدم ألمانيا مساعدات
            for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
                if (v.mention[k] >= 0) {
                    continue;
                }
                if (cues.is("light", v.key[k])) {
                    if (v.pro[k].indexOf('س') >= 0) {
                        aux.add(Aux.FUTURE);
                    }
                    String before = k > 0 ? v.key[k - 1] : "";
                    if (before.equals("لن")) {
                        aux.add(Aux.NEGATION);
                        aux.add(Aux.FUTURE);
                    } else if (before.equals("لم") || before.equals("لا") || before.equals("ما")) {
                        aux.add(Aux.NEGATION);
                    } else if (before.equals("سوف")) {
                        aux.add(Aux.FUTURE);
                    }
                }
                break;
            }
        }
        int clauseStart = 0;
        for (int k = i - 1; k >= 0; k--) {
            if (v.punct[k] && (v.stem[k].equals(".") || v.stem[k].equals("؛") || v.stem[k].equals(";"))) {
                clauseStart = k + 1;
                break;
            }
        }
        for (int k = clauseStart; k < i; k++) {
            String key = v.key[k];
            if (cues.is("deny", key)) {
                aux.add(Aux.NEGATION);
            }
            if (cues.is("hypothetical", key) || k + 1 < i && cues.section("hypothetical").get(key + " " + v.key[k + 1]) != null) {
                aux.add(Aux.HYPOTHETICAL);
            }
        }
        if (i > 0 && v.key[i - 1].equals("اي") && v.enc[i - 1].isEmpty()) {
            aux.add(Aux.HYPOTHETICAL); // أي هجوم، أي محاولات تستهدف: any attack, not a reported one
        }
        for (int k = Math.max(clauseStart, i - 4); k < i; k++) {
            if (cues.is("intent", v.key[k]) || cues.is("intent", v.stem[k] + v.enc[k]) || v.key[k].equals("سوف")
                    || (v.key[k].equals("مقرر") || v.key[k].equals("متوقع")) && k + 1 < i) {
                aux.add(Aux.FUTURE);
            }
            if (v.pro[k].indexOf('س') >= 0 && k == i - 1) {
                aux.add(Aux.FUTURE); // سيواصل دعم ...
            }
        }
        for (int k = i + 1; k < v.n && k <= i + 4; k++) {
            if (v.punct[k]) {
                break;
            }
            if (cues.is("next", v.key[k]) && k > 0 && (cues.is("unit", v.key[k - 1]) || cues.is("weekday", v.key[k - 1]))) {
                aux.add(Aux.FUTURE);
            }
        }
        return aux;
    }
}
