package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import org.rasd.model.ActorMention;

/**
 * Finds the actor and recipient of a trigger from the shape of one sentence, without a parser:
 * verb-subject-object and subject-verb order, the preposition a trigger governs, the genitive of a
 * verbal noun and the subject of the verb that governs it (أعربت الوزارة عن ترحيبها), compound
 * actors joined by و, and referring or elided subjects resolved through {@link DocumentMemory}.
 * One instance per sentence.
 */
final class ArgumentFinder {
    /** The arguments found for one trigger. */
    static final class Args {
        List<ActorMention> actor = List.of();
        List<ActorMention> recipient = List.of();
        /** The actor was found in the sentence itself (not by document fallback). */
        boolean localActor;
        boolean localRecipient;
        /** Token where a governed preposition's object starts when no actor was there (for linking). */
        int objectToken = -1;
        /** Last token of the subject, or the trigger. */
        int subjectEnd = -1;
    }

    private final SentenceView v;
    private final List<ArgMention> ms;
    private final CueLexicon cues;
    private final DocumentMemory memory;
    private List<ActorMention> sentenceSubject = List.of();
    private final SubjectFinder subjects;

    ArgumentFinder(SentenceView v, List<ArgMention> ms, CueLexicon cues, DocumentMemory memory) {
        this.v = v;
        this.ms = ms;
        this.cues = cues;
        this.memory = memory;
        this.subjects = new SubjectFinder(this, v, ms, cues, memory);
    }

    List<ActorMention> sentenceSubject() {
        return sentenceSubject;
    }

    /** The subject an elided or headline subject continues: this sentence's, else the document's. */
    List<ActorMention> documentSubject() {
        return !sentenceSubject.isEmpty() ? sentenceSubject : memory.lastSubject();
    }

    List<ActorMention> sentenceSubjectOrEmpty() {
        return sentenceSubject;
    }

    List<ActorMention> mainActor() {
        return memory.mainActor();
    }

    void noteSubject(List<ActorMention> s) {
        if (!s.isEmpty()) {
            sentenceSubject = s;
            memory.subject(s);
        }
    }

    /** Whether token {@code i} ends a clause for argument search. */
    boolean hardBoundary(int i) {
        if (v.punct[i]) {
            String s = v.stem[i];
            return !(s.equals("،") || s.equals(",") || s.equals("\"") || s.equals("«") || s.equals("»")
                    || s.equals("-") || s.equals("ـ"));
        }
        return cues.is("boundary", v.key[i]) && v.pro[i].indexOf('ب') < 0;
    }

    boolean isPrepWord(int i) {
        return i >= 0 && i < v.n && v.mention[i] < 0 && cues.is("prep", v.key[i]);
    }

    /** A mention is governed by a preposition (its first token carries ب ل ك, or a preposition precedes it). */
    boolean governed(ArgMention m) {
        String p = v.pro[m.first()];
        return p.indexOf('ب') >= 0 || p.indexOf('ل') >= 0 || p.indexOf('ك') >= 0
                || isPrepWord(m.first() - 1) && v.enc[m.first() - 1].isEmpty();
    }

    /** Manner adverbs between a verb and its object (انتقد ضمنا دمشق، أدان بشدة الهجوم). */
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("ضمنا", "صراحه", "بشده", "علنا", "مجددا",
            "مره", "رسميا", "بقوه", "ضمنيا", "شخصيا", "هاتفيا", "مؤخرا", "موخرا", "حاليا", "سابقا", "لاحقا", "فعلا",
            "اخيرا");

    boolean skippable(int i) {
        if (v.mention[i] >= 0) {
            return false;
        }
        String k = v.key[i];
        if (v.stem[i].equals("#")) {
            return true; // the hashtag sign before a name (#حركة_حماس)
        }
        return cues.is("day", k) || cues.is("weekday", k) || k.equals("قد") || k.equals("لقد") || k.equals("مساء")
                || k.equals("صباح") || k.equals("ايضا") || k.equals("كذلك") || k.equals("رسميا") || ADVERBS.contains(k)
                || (isPrepWord(i) && !v.enc[i].isEmpty()) || v.punct[i] && !hardBoundary(i) && !v.stem[i].equals("،");
    }

    private boolean containsComma(ArgMention m) {
        for (int i = m.first(); i <= m.last(); i++) {
            if (v.stem[i].equals("،")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Past a time set off by commas (استقبل الملك، الثلاثاء، الرئيس المصري): the token after the closing comma,
     * else {@code j} itself.
     */
    int timeAside(int j) {
        if (j + 2 >= v.n || !v.stem[j].equals("،")) {
            return j;
        }
        boolean time = false;
        for (int k = j + 1; k < v.n && k <= j + 6; k++) {
            if (v.stem[k].equals("،")) {
                return time && k > j + 1 ? k + 1 : j;
            }
            if (v.mention[k] >= 0 || v.punct[k]) {
                return j;
            }
            String key = v.key[k];
            time |= cues.is("day", key) || cues.is("weekday", key) || key.equals("وقت") || key.equals("سابق")
                    || key.equals("لاحق") || key.equals("الماضي") || key.equals("ماضي") || key.equals("مساء")
                    || key.equals("صباح") || key.equals("ليل") || key.equals("ليله");
        }
        return j;
    }

    /** The mentions from {@code m} on joined by و (compound actor). */
    List<ArgMention> compound(ArgMention m) {
        List<ArgMention> out = new ArrayList<>();
        out.add(m);
        int j = m.last() + 1;
        while (j < v.n) {
            if (v.stem[j].equals("و")) {
                int q = j + 1;
                while (q < v.n && v.punct[q] && isQuote(v.stem[q])) {
                    q++;
                }
                if (q < v.n && v.mention[q] >= 0) {
                    out.add(ms.get(v.mention[q]));
                    j = ms.get(v.mention[q]).last() + 1;
                    continue;
                }
            }
            while (j < v.n && v.punct[j] && isQuote(v.stem[j]) && j + 1 < v.n && v.pro[j + 1].startsWith("و")) {
                j++;
            }
            int close = appositionEnd(j);
            if (close > 0) {
                j = close; // بين روسيا، حليفة دمشق، وتركيا: past the apposition to the next member
            }
            if (v.mention[j] >= 0 && v.pro[j].startsWith("و") && v.mention[j] != v.mention[j - 1]) {
                ArgMention next = ms.get(v.mention[j]);
                out.add(next);
                j = next.last() + 1;
            } else if (v.mention[j] >= 0 && j > 0 && v.stem[j - 1].equals("و")) {
                ArgMention next = ms.get(v.mention[j]);
                out.add(next);
                j = next.last() + 1;
            } else if (j + 1 < v.n && v.key[j].equals("قياده") && v.pro[j].equals("ب") && v.mention[j + 1] >= 0
                    && ms.get(v.mention[j + 1]).actor() != null && ms.get(v.mention[j + 1]).actor().country() != null) {
                // التحالف الدولي بقيادة الولايات المتحدة: the leader acts with the force it leads
                ArgMention leader = ms.get(v.mention[j + 1]);
                out.add(leader);
                j = leader.last() + 1;
            } else {
                break;
            }
        }
        return out;
    }

    /**
     * The token after a short comma-bounded apposition (، حليفة دمشق،) when a و-joined mention follows it; 0 otherwise.
     */
    private int appositionEnd(int j) {
        if (j >= v.n || !v.stem[j].equals("،")) {
            return 0;
        }
        for (int c = j + 1; c < v.n && c <= j + 5; c++) {
            if (hardBoundary(c) || v.pro[c].startsWith("و")) {
                return 0;
            }
            if (v.stem[c].equals("،")) {
                int next = c + 1;
                return next < v.n && v.mention[next] >= 0 && v.pro[next].startsWith("و") && c > j + 1 ? next : 0;
            }
        }
        return 0;
    }

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("«") || s.equals("»") || s.equals("'");
    }

    /** The speaker of a first-person verb (وأضاف منصور "ندين … ونطالب"): see {@link SubjectFinder#speakerOf}. */
    Args speakerOf(int k) {
        return subjects.speakerOf(k);
    }

    /** Resolves referring agents and drops arguments that cannot act. */
    List<ActorMention> resolve(List<ArgMention> args) {
        List<ActorMention> out = new ArrayList<>();
        for (ArgMention a : args) {
            if (a.actor() == null) {
                continue; // a town in a list of actors
            }
            if (a.agent() != null && !a.refers() && a.actor().country() == null && !v.enc[a.last()].isEmpty()) {
                // جنوده، قواتها: the agent belongs to the pronoun's referent
                List<ActorMention> owner = pronoun(a.last(), List.of());
                String country = owner.isEmpty() ? null : owner.get(0).actor().country();
                if (country != null) {
                    out.add(new ActorMention(a.span(), a.text(), new org.rasd.model.Actor(
                            a.actor().name(), country, a.actor().sector())));
                    continue;
                }
            }
            ArgMention whole = partitiveOwner(a);
            if (whole != null) {
                // 43 مسلحا من ميليشيات الحوثي: the counted members are the named group's
                out.add(new ActorMention(a.span(), a.text(), whole.actor()));
                continue;
            }
            for (ActorMention r : memory.resolve(a)) {
                if (r.actor() != null && out.stream().noneMatch(o -> o.actor().name().equals(r.actor().name()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }






    /** The first mention at or after {@code from}, within the window and the clause. */
    ArgMention mentionFrom(int from, int window) {
        int end = from + window;
        for (int j = from; j < v.n && j < end; j++) {
            if (quote(j)) {
                end++; // a quotation mark around a name (عناصر تنظيم "الدولة الإسلامية") is not a word
                continue;
            }
            if (j > from && hardBoundary(j)) {
                return null;
            }
            if (v.mention[j] >= 0) {
                ArgMention m = ms.get(v.mention[j]);
                if (m.actor() != null) {
                    return m;
                }
                j = m.last();
            }
        }
        return null;
    }

    private boolean quote(int j) {
        return v.punct[j] && (isQuote(v.key[j]) || v.key[j].equals("“") || v.key[j].equals("”"));
    }

    /** The first named (non-generic) mention after {@code from} within the clause, else the first mention. */
    ArgMention namedFrom(int from, int window) {
        ArgMention first = null;
        for (int j = from; j < v.n && j < from + window; j++) {
            if (j > from && hardBoundary(j)) {
                break;
            }
            if (v.mention[j] >= 0) {
                ArgMention m = ms.get(v.mention[j]);
                if (m.actor() != null && m.agent() == null) {
                    return m;
                }
                if (first == null && m.actor() != null) {
                    first = m;
                }
                j = m.last();
            }
        }
        return first;
    }

    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("عدد", "عددا", "عشرات", "مئات", "الاف",
            "بعض", "جميع", "كل", "كلا", "مجموعه", "مجموعات");

    /** Nouns whose owner (the genitive after them) is what a verb of praise, blame or support is about. */
    private static final java.util.Set<String> OWNED = java.util.Set.of("دور", "جهود", "جهد", "موقف", "مواقف", "مبادره",
            "قرار", "خطوه", "سياسه", "سياسات", "هجوم", "هجمات", "اعتداء", "اعتداءات", "تصريحات", "اجراءات", "حكومه",
            "قياده", "شعب", "وفد", "عمل", "اداء", "نشاط", "انشطه", "ممارسات", "تدخل", "تدخلات");

    /** The direct object after {@code from} (not governed by a preposition). */
    ArgMention objectAfter(int from) {
        int a = from + 1;
        if (a + 1 < v.n && from >= 0 && v.mention[from] >= 0 && v.mention[a] < 0 && v.article[a] && v.pro[a].isEmpty()
                && (v.stem[a].endsWith("يه") || v.stem[a].endsWith("ي")) && v.stem[a + 1].equals("،")) {
            from = a; // ميليشيات الحوثي الانقلابية، الأربعاء، عشرات الفتيات: the subject's adjective, then the time
        }
        int j = timeAside(from + 1);
        if (j == from + 1 && j < v.n && v.stem[j].equals("،") && from >= 0 && v.mention[from] >= 0
                && containsComma(ms.get(v.mention[from]))) {
            j = timeAside(j + 1) == j + 1 ? j + 1 : timeAside(j + 1); // the comma closing an apposition
        } else if (j == from + 1 && j + 1 < v.n && v.stem[j].equals("،") && from >= 0 && v.mention[from] >= 0
                && v.mention[j + 1] >= 0 && v.pro[j + 1].isEmpty()) {
            ArgMention next = ms.get(v.mention[j + 1]);
            int after = next.last() + 1;
            if (next.first() == j + 1 && !(after < v.n && v.stem[after].equals("،"))) {
                j++; // طالبت السلطات الأميركية، تركيا بدفع غرامة: a comma between subject and object (an apposition
                     // would be closed by a second comma)
            }
        }
        int limit = j + 2;
        while (j < v.n && j <= limit && skippable(j)) {
            j++;
        }
        int q = j;
        while (q < v.n && q <= j + 2 && v.mention[q] < 0 && (v.number[q] || cues.is("number", v.key[q])
                || v.key[q].equals("نحو") || v.key[q].equals("حوالي"))) {
            q++; // 15 شخصا، أربعة مهندسين، نحو 150 متمردا: the counted noun is the object
        }
        if (q > j && q < v.n && v.mention[q] >= 0) {
            j = q;
        }
        if (j + 1 < v.n && v.mention[j] < 0 && cues.is("orghead", v.key[j]) && v.pro[j].isEmpty()) {
            int n = j + 1;
            while (n < v.n && n <= j + 2 && quote(n)) {
                n++;
            }
            if (n < v.n && v.mention[n] >= 0 && n > j + 1) {
                j = n; // اتهمت الخارجية جماعة "أنصار الله": the group's name in quotes after its kind
            }
        }
        boolean counted = j + 2 < v.n && v.mention[j] < 0 && QUANTIFIERS.contains(v.key[j]) && v.stem[j + 1].equals("من");
        if (counted) {
            j += 2; // عددا من المزارعين، عشرات من الجنود: the object is what is counted (its من governs nothing)
        }
        if (j + 2 < v.n && v.mention[j] < 0 && !v.enc[j].isEmpty() && !v.punct[j] && v.pro[j].isEmpty()
                && v.mention[j + 1] < 0 && v.article[j + 1] && v.pro[j + 1].isEmpty() && !v.punct[j + 1]
                && v.mention[j + 2] >= 0 && v.pro[j + 2].isEmpty()) {
            j += 2; // انتقد ... زميله السياسي جونسون، استقبل نظيره التركي أردوغان: a role, its adjective, the name
        } else if (j < v.n && v.mention[j] < 0 && (v.article[j] || !v.enc[j].isEmpty()) && !v.punct[j] && j + 1 < v.n
                && v.mention[j + 1] >= 0 && v.pro[j + 1].isEmpty()) {
            j++; // الموقف المصري، السياسة الأميركية: the head noun, then its nisba
        } else if (j + 2 < v.n && v.mention[j] < 0 && cues.is("target", v.key[j]) && v.pro[j].isEmpty()
                && v.mention[j + 1] < 0 && v.article[j + 1] && v.pro[j + 1].isEmpty() && !v.punct[j + 1]
                && v.mention[j + 2] >= 0 && v.pro[j + 2].isEmpty()) {
            j += 2; // اقتحم متظاهرون مقر القنصلية الإيرانية: the place, what it houses, whose it is
        } else if (j + 1 < v.n && v.mention[j] < 0 && (OWNED.contains(v.key[j]) || cues.is("target", v.key[j]))
                && v.pro[j].isEmpty()
                && v.mention[j + 1] >= 0 && v.pro[j + 1].isEmpty()) {
            j++; // ثمن دور قطر، أدان هجوم داعش: the owner of the role, effort or attack
        }
        if (j < v.n && v.mention[j] >= 0) {
            ArgMention m = ms.get(v.mention[j]);
            if ((counted || !governed(m)) && m.actor() != null) {
                return m;
            }
        }
        return null;
    }

    /** Where the preposition {@code p} governed by the trigger at {@code i} starts, or -1. */
    int prepAfter(int i, String p) {
        for (int k = i + 1; k < v.n && k <= i + 14; k++) {
            if (k > i + 1 && hardBoundary(k) && !v.stem[k].equals(p)) {
                return -1;
            }
            if (p.length() == 1 ? v.pro[k].indexOf(p.charAt(0)) >= 0 : v.stem[k].equals(p) || v.key[k].equals(p)) {
                return k;
            }
        }
        return -1;
    }

    /** The referent of an attached pronoun on token {@code i}. */
    List<ActorMention> pronoun(int i, List<ActorMention> governorSubject) {
        String enc = v.enc[i];
        if (enc.equals("هم") || enc.equals("هما") || enc.equals("هن") || enc.equals("كم")) {
            if (!governorSubject.isEmpty()) {
                return governorSubject;
            }
            return !sentenceSubject.isEmpty() ? sentenceSubject : memory.lastSubject();
        }
        if (i >= 2 && v.stem[i - 1].equals("علي") && v.mention[i - 2] >= 0) {
            // شكر بومبيو الملك سلمان على التزامه، أشاد بالسعودية على دورها: the one thanked or praised owns it
            ArgMention owner = ms.get(v.mention[i - 2]);
            boolean feminineState = owner.place() != null || owner.is(AgentLexicon.AgentClass.KINGDOM);
            if (owner.last() == i - 2 && owner.actor() != null && !(enc.equals("ه") && feminineState)) {
                return memory.resolve(owner);
            }
        }
        if (sentenceSubject.size() == 1) {
            return sentenceSubject; // a singular topic before any nearer mention (قصفها لمواقع ... after إسرائيل)
        }
        for (int k = i - 1; k >= 0; k--) {
            if (v.mention[k] >= 0) {
                ArgMention m = ms.get(v.mention[k]);
                boolean feminineState = m.place() != null || m.is(AgentLexicon.AgentClass.KINGDOM);
                if (m.actor() != null && !m.is(AgentLexicon.AgentClass.VICTIM) && !(enc.equals("ه") && feminineState)) {
                    return memory.resolve(m); // a state is feminine: ه does not point to it
                }
                k = m.first();
            }
        }
        ArgMention ahead = subjectOfMainClause(i);
        if (ahead != null) {
            return memory.resolve(ahead);
        }
        return !governorSubject.isEmpty() ? governorSubject
                : !sentenceSubject.isEmpty() ? sentenceSubject : memory.lastSubject();
    }

    /**
     * خلال زيارته للهند، كثف الرئيس الفرنسي ...: a pronoun in a fronted phrase points ahead, to the subject of the
     * verb after the comma that closes the phrase. Null when {@code i} is not in such a phrase.
     */
    private ArgMention subjectOfMainClause(int i) {
        if (i > 3) {
            return null;
        }
        for (int c = i + 1; c < v.n && c <= i + 6; c++) {
            if (hardBoundary(c)) {
                return null;
            }
            if (v.stem[c].equals("،") || v.stem[c].equals(",")) {
                int s = c + 2; // the comma, a verb, its subject
                if (s < v.n && v.mention[s] >= 0 && v.mention[c + 1] < 0 && v.pro[s].isEmpty()) {
                    ArgMention m = ms.get(v.mention[s]);
                    return m.first() == s && m.actor() != null && m.place() == null ? m : null;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The named group an unnamed agent belongs to: after من (مسلحا من ميليشيات الحوثي) or after تابع/موال لـ (طائرتين
     * تابعتين للجيش الإسرائيلي، قوات موالية للنظام); null when none follows.
     */
    private ArgMention partitiveOwner(ArgMention a) {
        int p = a.last() + 1;
        while (p < v.n && p <= a.last() + 3 && v.mention[p] < 0 && (v.number[p] || v.stem[p].equals("-")
                || v.key[p].length() <= 2 && v.pro[p].isEmpty() && !cues.is("prep", v.key[p]))) {
            p++; // طائرتي اف-15 تابعتين: a model designation between the agent and its owner
        }
        if (a.agent() == null || a.refers() || a.actor().country() != null || p + 1 >= v.n || !v.enc[p].isEmpty()
                || v.mention[p + 1] < 0) {
            return null;
        }
        boolean of = v.key[p].equals("من") && v.pro[p + 1].isEmpty();
        boolean belonging = cues.is("belonging", v.key[p]) && v.pro[p + 1].equals("ل");
        if (!of && !belonging) {
            return null;
        }
        ArgMention o = ms.get(v.mention[p + 1]);
        boolean named = o.first() == p + 1 && o.actor() != null && o.place() == null
                && o.actor().country() != null && (o.agent() == null || !o.refers());
        return named ? o : null;
    }

    /** Headlines are short: the longest verbless line treated as one, in tokens. */
    private static final int HEADLINE_TOKENS = 16;

    /** Whether the sentence has no verb at all that the coder knows of (a headline). */
    boolean verbless(List<TriggerFinder.Candidate> cands) {
        boolean fullStop = v.n > 0 && (v.key[v.n - 1].equals(".") || v.key[v.n - 1].equals("؟"));
        if (v.n > HEADLINE_TOKENS || fullStop && v.index > 0) {
            return false; // a long or full-stopped sentence in the body has verbs the coder does not know (يستخدم، تم)
        }
        for (TriggerFinder.Candidate c : cands) {
            if (c.verb()) {
                return false;
            }
        }
        for (int i = 0; i < v.n; i++) {
            if (cues.is("speech", v.key[i]) || cues.is("light", v.key[i]) || cues.is("passiveaux", v.key[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code k} is a verb the coder knows (a trigger verb, or a speech or light verb). */
    boolean knownVerb(int k, List<TriggerFinder.Candidate> cands) {
        for (TriggerFinder.Candidate c : cands) {
            if (c.token == k) {
                return c.verb();
            }
        }
        return v.mention[k] < 0 && !v.article[k] && (cues.is("light", v.key[k]) || cues.is("speech", v.key[k]))
                && !v.stem[k].startsWith("م") || v.mention[k] < 0 && (v.stem[k].startsWith("موكد")
                || v.stem[k].startsWith("معرب") || v.stem[k].startsWith("مشير") || v.stem[k].startsWith("مجدد"));
    }

    /** Subject after the verb (VSO); see {@link SubjectFinder}. */
    ArgMention subjectAfter(int i) {
        return subjects.subjectAfter(i);
    }

    ArgMention subjectBefore(int i) {
        return subjects.subjectBefore(i);
    }

    int complementizerBefore(int k) {
        return subjects.complementizerBefore(k);
    }

    Args subjectOf(int k, boolean passive) {
        return subjects.subjectOf(k, passive, false);
    }

    Args subjectOf(int k, boolean passive, boolean pluralVerb) {
        return subjects.subjectOf(k, passive, pluralVerb);
    }
}
