package org.rasd.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small generative morphology of the Arabic verb, enough to recognise a lexicon verb in every
 * person, number, tense and voice once clitics are split: perfect suffixes (ت ا تا وا ن نا تم تما تن),
 * imperfect prefixes (ي ت ن ا) with their suffixes (ون ان ين وا ن ا), defective stems (دعا/يدعو،
 * التقى/يلتقي), an explicit passive stem where the voice shows in the letters (اغتيل، أصيب), and the
 * participle of derived forms (مطالب، مؤكد). Works on folded forms (see {@link ArabicFold}).
 */
public final class VerbMorphology {
    /** What a surface form says about the verb. */
    public enum Tense { PAST, IMPERFECT, PARTICIPLE }

    /**
     * One analysis of a surface form.
     *
     * @param tense   perfect, imperfect or participle
     * @param plural  the subject is plural or dual (agreement without an explicit subject)
     * @param passive the letters show the passive voice
     * @param first   first or second person (the speaker is the subject)
     */
    public record Form(Tense tense, boolean plural, boolean passive, boolean first) {
    }

    private VerbMorphology() {
    }

    /**
     * All surface forms of a verb, given its folded perfect and imperfect 3rd person masculine singular
     * forms and, when the passive differs in letters, its passive perfect.
     */
    public static Map<String, Form> inflect(String past, String imperfect, String passive) {
        return inflect(past, imperfect, passive, true);
    }

    /**
     * As {@link #inflect(String, String, String)}; {@code participles} adds the participle of derived forms
     * (off where it is a common noun: مصادر "sources", معتقلين "detainees").
     */
    public static Map<String, Form> inflect(String past, String imperfect, String passive, boolean participles) {
        Map<String, Form> out = new LinkedHashMap<>();
        perfect(out, past, false);
        if (passive != null && !passive.isEmpty()) {
            perfect(out, passive, true);
        }
        if (imperfect != null && imperfect.length() > 1) {
            String stem = imperfect.startsWith("ي") ? imperfect.substring(1) : imperfect;
            imperfect(out, stem);
            boolean formOne = past.length() == 3 && stem.length() == 3;
            if (participles && !formOne && stem.length() >= 3) {
                String p = "م" + (stem.endsWith("ي") ? stem.substring(0, stem.length() - 1) : stem);
                Form f = new Form(Tense.PARTICIPLE, false, false, false);
                Form fp = new Form(Tense.PARTICIPLE, true, false, false);
                put(out, p, f);
                put(out, p + "ا", f);
                put(out, p + "ين", fp);
                put(out, p + "ون", fp);
            }
        }
        return out;
    }

    private static void perfect(Map<String, Form> out, String s, boolean passive) {
        Form sg = new Form(Tense.PAST, false, passive, false);
        Form pl = new Form(Tense.PAST, true, passive, false);
        Form first = new Form(Tense.PAST, false, passive, true);
        Form firstPl = new Form(Tense.PAST, true, passive, true);
        put(out, s, sg);
        if (s.endsWith("ا") && s.length() >= 3) {
            String b = s.substring(0, s.length() - 1);
            put(out, b + "ت", sg);
            put(out, b + "تا", pl);
            put(out, b + "وا", pl);
            put(out, b + "ونا", firstPl);
            put(out, b + "وت", first);
            return;
        }
        if (s.endsWith("ي") && s.length() >= 3) {
            String b = s.substring(0, s.length() - 1);
            put(out, b + "ت", sg);
            put(out, b + "تا", pl);
            put(out, b + "يا", pl);
            put(out, b + "وا", pl);
            put(out, b + "ينا", firstPl);
            put(out, b + "يت", first);
            put(out, b + "يتم", firstPl);
            return;
        }
        put(out, s + "ت", sg);
        put(out, s + "ا", pl);
        put(out, s + "تا", pl);
        put(out, s + "وا", pl);
        put(out, s + "ن", pl);
        put(out, s + "نا", firstPl);
        put(out, s + "تم", firstPl);
        put(out, s + "تما", firstPl);
        put(out, s + "تن", firstPl);
    }

    private static void imperfect(Map<String, Form> out, String t) {
        Form sg = new Form(Tense.IMPERFECT, false, false, false);
        Form pl = new Form(Tense.IMPERFECT, true, false, false);
        Form first = new Form(Tense.IMPERFECT, false, false, true);
        Form firstPl = new Form(Tense.IMPERFECT, true, false, true);
        boolean endsYa = t.endsWith("ي");
        boolean endsWaw = t.endsWith("و");
        String b = (endsYa || endsWaw) ? t.substring(0, t.length() - 1) : t;
        for (String pre : new String[] {"ي", "ت"}) {
            put(out, pre + t, sg);
            if (endsYa) {
                put(out, pre + b, sg);
                put(out, pre + b + "ون", pl);
                put(out, pre + b + "وا", pl);
                put(out, pre + b + "ين", pl);
                put(out, pre + t + "ان", pl);
                put(out, pre + t + "ا", pl);
            } else if (endsWaw) {
                put(out, pre + t + "ن", pl);
                put(out, pre + t + "ا", pl);
                put(out, pre + t + "ان", pl);
            } else {
                put(out, pre + t + "ون", pl);
                put(out, pre + t + "ان", pl);
                put(out, pre + t + "ين", pl);
                put(out, pre + t + "وا", pl);
                put(out, pre + t + "ن", pl);
                put(out, pre + t + "ا", pl);
            }
        }
        put(out, "ن" + t, firstPl);
        put(out, "ا" + t, first);
        if (endsYa) {
            put(out, "ن" + b, firstPl);
        }
    }

    private static void put(Map<String, Form> out, String form, Form f) {
        out.putIfAbsent(form, f);
    }
}
