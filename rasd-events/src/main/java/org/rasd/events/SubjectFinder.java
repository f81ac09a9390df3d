package org.rasd.events;

import java.util.List;
import org.rasd.events.ArgumentFinder.Args;
import org.rasd.model.ActorMention;

/**
 * The subject of a verb in one sentence, without a parser: after the verb (VSO), before it in its
 * clause (SVO), the pronoun on a complementizer (قال إنه ...), or elided (the sentence's or the
 * document's last subject) — with the agreement and case cues that decide between them.
 */
final class SubjectFinder {
    private static final int WINDOW = 8;
    private final ArgumentFinder af;
    private final SentenceView v;
    private final List<ArgMention> ms;
    private final CueLexicon cues;
    private final DocumentMemory memory;

    SubjectFinder(ArgumentFinder af, SentenceView v, List<ArgMention> ms, CueLexicon cues, DocumentMemory memory) {
        this.af = af;
        this.v = v;
        this.ms = ms;
        this.cues = cues;
        this.memory = memory;
    }

    /** Heads of a construct whose owner acts through them (مجلس الجامعة، وفد مصر، قادة الدول). */
    private static final java.util.Set<String> CONSTRUCT_HEADS = java.util.Set.of("مجلس", "وفد", "وفود", "قاده", "زعماء",
            "قياده", "رييس", "رئيس", "بعثه", "لجنه", "مكتب", "مفوضيه", "اداره", "امانه");

    /** Subject after the verb (VSO); null when the first content word after it is not a mention. */
    ArgMention subjectAfter(int i) {
        int j = i + 1;
        while (j < v.n && j <= i + 4 && (af.skippable(j) || v.mention[j] < 0 && (v.number[j]
                || cues.is("number", v.key[j])))) { // تظاهر الآلاف: a crowd word that is itself the subject stops here
            j++;
        }
        if (j + 1 < v.n && v.mention[j] < 0 && (SentenceView.TITLES.contains(v.key[j])
                || CONSTRUCT_HEADS.contains(v.key[j]) && !v.article[j] && v.pro[j].isEmpty())
                && v.mention[j + 1] >= 0 && v.pro[j + 1].isEmpty()) {
            j++; // استقبل الشيخ محمد بن زايد، عقد مجلس جامعة الدول العربية: the title or body before its owner
        }
        if (j < v.n && v.mention[j] >= 0) {
            ArgMention m = ms.get(v.mention[j]);
            if (m.first() == j && !af.governed(m) && m.actor() != null && !oblique(m)) {
                return m;
            }
        }
        return j < v.n && v.mention[j] < 0 && cues.is("office", v.key[j]) && v.article[j] ? officeHolder(j) : null;
    }

    /**
     * The name right after {@code m} that names the same party (unlinked, or of its country): رئيس المفوضية الأوروبية
     * جان كلود يونكر. Null when the next mention is another party (… الرئيس المصري ترامب) or not adjacent.
     */
    private ArgMention apposedName(ArgMention m) {
        int r = m.last() + 1;
        if (m.actor() == null || r >= v.n || v.mention[r] < 0 || !v.pro[r].isEmpty()) {
            return null;
        }
        ArgMention name = ms.get(v.mention[r]);
        String c = name.actor() == null ? null : name.actor().country();
        boolean same = name.first() == r && name.actor() != null && name.agent() == null && name.place() == null
                && (c == null || c.equals(m.actor().country()));
        return same ? name : null;
    }

    /**
     * The holder of the office at {@code j}: the name right after its ل-owner (… للأمم المتحدة أنطونيو غوتيريش), else
     * the owner; null when no owner follows. Another actor after the owner (… للأمم المتحدة الحوثيين) is the object.
     */
    private ArgMention officeHolder(int j) {
        int q = j + 1;
        while (q < v.n && q <= j + 2 && v.mention[q] < 0 && v.article[q] && v.pro[q].isEmpty()) {
            q++; // العام، الخاص، الأعلى
        }
        if (q >= v.n || v.mention[q] < 0 || !v.pro[q].equals("ل")) {
            return null;
        }
        ArgMention owner = ms.get(v.mention[q]);
        if (owner.first() != q || owner.actor() == null || owner.agent() != null) {
            return null;
        }
        ArgMention name = apposedName(owner); // the holder; another actor there is the verb's object
        return name != null ? name : owner;
    }

    /** A generic plural in the oblique case (المتمردين، مسلحين): an object, never the subject. */
    private boolean oblique(ArgMention m) {
        int p = m.first() - 1;
        boolean afterQuantity = p >= 0 && (v.number[p] || cues.is("number", v.key[p]) || cues.is("crowd", v.key[p]));
        return m.agent() != null && !afterQuantity && v.stem[m.first()].endsWith("ين") && v.stem[m.first()].length() > 4;
    }

    /**
     * أدانت اللجنة الوزارية ...: a singular verb followed by a definite noun that is no known actor has
     * that noun as its subject; the subject is then unknown rather than elided.
     */
    private boolean unknownSubjectAfter(int k, boolean pluralVerb) {
        if (pluralVerb) {
            return false;
        }
        int j = k + 1;
        while (j < v.n && j <= k + 3 && af.skippable(j)) {
            j++;
        }
        if (j >= v.n || v.mention[j] >= 0 || !v.pro[j].isEmpty() || v.punct[j] || v.number[j]
                || cues.is("day", v.key[j]) || cues.is("prep", v.key[j]) || cues.is("boundary", v.key[j])
                || cues.is("number", v.key[j])) {
            return false;
        }
        if (v.article[j]) {
            return true;
        }
        // سيطرت مؤخرا عبارة ...: an indefinite noun in the nominative (no accusative alif) is the subject too;
        // صاروخا, قرارا (accusative) are objects, the subject elided
        String surface = v.text.substring(v.start[j], v.end[j]);
        return v.enc[j].isEmpty() && surface.length() > 2 && !surface.endsWith("ا") && !surface.endsWith("اً")
                && !surface.endsWith("\u064B");
    }

    /**
     * The subject of the verb of saying that governs the complementizer at {@code comp} (قال الوزير ... إنه،
     * قالت الشرطة ... إنها), when its gender and number agree with the complementizer's pronoun; else null
     * when the speaker's subject is unknown; {@link #DISAGREES} when they do not agree (وقالت الشرطة إنه لم يتعاون:
     * he is not the police, and the coder does not guess who he is).
     */
    /** Marker: the governing verb of saying does not agree with the pronoun, so its subject is not the referent. */
    private static final List<ActorMention> DISAGREES = new java.util.ArrayList<>(0);

    private List<ActorMention> agreeingSpeaker(int comp) {
        String enc = v.enc[comp];
        for (int s = comp - 1; s >= 0 && s >= comp - 14; s--) {
            if (af.hardBoundary(s) || v.stem[s].equals(".")) {
                return null;
            }
            if (v.mention[s] >= 0 || !cues.is("speech", v.key[s])) {
                continue;
            }
            String verb = v.key[s];
            boolean plural = verb.endsWith("وا") || verb.endsWith("ون");
            boolean feminine = !plural && verb.endsWith("ت");
            boolean agrees = enc.equals("ه") ? !plural && !feminine : enc.equals("ها") ? feminine
                    : (enc.equals("هم") || enc.equals("هما")) && plural;
            if (!agrees) {
                return DISAGREES;
            }
            Args speaker = subjectOf(s, false, plural);
            return speaker.localActor && !speaker.actor.isEmpty() ? speaker.actor : null;
        }
        return null;
    }

    /** A complementizer with an attached pronoun (إنه، أنها، أنهم) right before {@code k}, or -1. */
    int complementizerBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String s = v.key[j];
            if ((s.equals("ان") || s.equals("لان") || s.equals("كان")) && !v.enc[j].isEmpty()) {
                return j;
            }
            if (!s.equals("قد") && !s.equals("لا") && !s.equals("لم") && !s.equals("لن")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject of a first-person verb (نطالب، ندين، طالبنا) is whoever speaks: the subject of the nearest verb of
     * saying before it in the sentence (وأضاف منصور "ندين هذه الاعتداءات ونطالب …"), else the document's last
     * subject; the mention after the verb is its object, never its subject.
     */
    Args speakerOf(int k) {
        Args a = new Args();
        a.subjectEnd = k;
        for (int s = k - 1; s >= 0; s--) {
            if (v.mention[s] < 0 && cues.is("speech", v.key[s])) {
                Args speaker = subjectOf(s, false, v.key[s].endsWith("وا"));
                if (speaker.localActor && !speaker.actor.isEmpty()) {
                    a.actor = speaker.actor;
                    a.localActor = true;
                    return a;
                }
                break;
            }
        }
        a.actor = memory.lastSubject();
        return a;
    }

    /** A relative pronoun (الذي، التي، الذين) directly before the verb at {@code k}, or -1. */
    int relativeBefore(int k) {
        if (k == 0) {
            return -1;
        }
        return SentenceView.isRelative(v.stem[k - 1]) ? k - 1 : -1;
    }

    /** The mention whose last token is {@code j}, looking past one comma; or null. */
    private ArgMention mentionEndingAt(int j) {
        if (j >= 0 && v.stem[j].equals("،")) {
            j--;
        }
        if (j < 0 || v.mention[j] < 0) {
            return null;
        }
        ArgMention m = ms.get(v.mention[j]);
        return m.last() == j ? m : null;
    }

    /** A one-word nisba (الإيرانية، الأمريكي) right after another mention: it describes that one. */
    private boolean nisbaAfterName(ArgMention m) {
        int f = m.first();
        String st = v.stem[f];
        return f == m.last() && f > 0 && v.mention[f - 1] >= 0 && v.article[f] && v.pro[f].isEmpty()
                && (st.endsWith("يه") || st.endsWith("ي")) && ms.get(v.mention[f - 1]).actor() != null
                && ms.get(v.mention[f - 1]).actor().country() != null; // الجيش الإسرائيلي: a generic head takes the nisba
    }

    /**
     * بغارات لمقاتلات التحالف استهدفتهم، في هجوم لطالبان استهدف ...: the ل-owner of an attack noun right before an
     * unconjoined verb (an adjectival clause of the noun) is the verb's subject; null when the pattern does not hold.
     */
    ArgMention attackOwnerBefore(int i) {
        if (i < 2 || v.mention[i - 1] < 0 || v.pro[i].indexOf('و') >= 0 || v.pro[i].indexOf('ف') >= 0) {
            return null;
        }
        ArgMention m = ms.get(v.mention[i - 1]);
        int f = m.first();
        while (f > 0 && v.pro[f].isEmpty() && v.mention[f - 1] >= 0) {
            f = ms.get(v.mention[f - 1]).first(); // مقاتلات التحالف: a construct of two mentions
        }
        if (m.last() != i - 1 || f < 1 || !v.pro[f].equals("ل") || v.mention[f - 1] >= 0
                || !cues.is("attacknoun", v.key[f - 1])) {
            return null;
        }
        // the named owner in the construct (التحالف in مقاتلات التحالف), else its head
        for (int j = i - 1; j >= f; j--) {
            if (v.mention[j] >= 0) {
                ArgMention o = ms.get(v.mention[j]);
                if (o.actor() != null && (o.agent() == null || o.actor().country() != null)) {
                    return o;
                }
                j = o.first();
            }
        }
        ArgMention head = ms.get(v.mention[f]);
        return head.actor() != null ? head : null;
    }

    /**
     * عقب كلمة لعبدالملك الحوثي ...، هدد فيها باستهداف المملكة: a verb followed by فيها/فيه ("in it") speaks of an
     * utterance named before it; its subject is the utterance's ل-owner. Null when there is none.
     */
    ArgMention speakerOfUtterance(int k) {
        if (k + 1 >= v.n || !v.stem[k + 1].equals("في") || v.enc[k + 1].isEmpty()) {
            return null;
        }
        for (int j = k - 1; j >= 0 && j >= k - 14; j--) {
            if (cues.is("utterance", v.key[j]) && j + 1 < v.n && v.pro[j + 1].equals("ل")) {
                // كلمة لعبدالملك الحوثي: the owner's mention may start on the ل-word or right after it
                int at = v.mention[j + 1] >= 0 ? j + 1 : j + 2 < v.n && v.mention[j + 2] >= 0 ? j + 2 : -1;
                ArgMention o = at < 0 ? null : ms.get(v.mention[at]);
                return o != null && o.first() == at && o.actor() != null && o.place() == null ? o : null;
            }
        }
        return null;
    }

    /** Subject before the verb (SVO) within its clause, or null. */
    ArgMention subjectBefore(int i) {
        int e = i - 2;
        while (e > 0 && e >= i - 4 && v.mention[e] < 0 && v.article[e] && v.pro[e].isEmpty() && !v.punct[e]) {
            e--; // adjectives after the subject: قوات الجيش الوطني
        }
        if (i > 1 && v.stem[i - 1].equals("،") && e >= 0 && v.mention[e] >= 0) {
            // إن قوات الجيش الوطني، شنت ...: a subject fronted after a complementizer, set off by a comma
            ArgMention m = ms.get(v.mention[e]);
            ArgMention head = m; // أن الولايات المتحدة وتركيا، توصلتا: the first of و-joined subjects
            while (v.pro[head.first()].startsWith("و") && head.first() > 0 && v.mention[head.first() - 1] >= 0) {
                head = ms.get(v.mention[head.first() - 1]);
            }
            int c = head.first() - 1;
            if (m.last() == e && c >= 0 && v.key[c].equals("ان") && v.enc[c].isEmpty() && head.actor() != null
                    && !af.governed(head)) {
                return head;
            }
        }
        for (int k = i - 1; k >= 0 && k >= i - WINDOW; k--) {
            if (af.hardBoundary(k) || v.stem[k].equals("،") || v.stem[k].equals(",")) {
                return null;
            }
            if (v.mention[k] >= 0) {
                ArgMention m = ms.get(v.mention[k]);
                if (nisbaAfterName(m)) {
                    m = ms.get(v.mention[m.first() - 1]); // مليشيات الحوثي الإيرانية: the named group, not Iran
                }
                // the head of a compound: walk back over و-joined mentions
                ArgMention head = m;
                while (v.pro[head.first()].startsWith("و") && head.first() > 0 && v.mention[head.first() - 1] >= 0) {
                    head = ms.get(v.mention[head.first() - 1]);
                }
                if (!af.governed(head) && head.actor() != null) {
                    return head;
                }
                k = m.first();
                continue;
            }
            if (cues.is("speech", v.key[k]) || cues.is("light", v.key[k])) {
                return null;
            }
        }
        return null;
    }

    /** The subject of the verb at {@code k}: after it, before it, or elided (the sentence's or document's). */
    

    /**
     * As {@link #subjectOf(int, boolean)}; a verb showing plural agreement (قتلوا) has its subject before it
     * or in its ending, so what follows it is its object; a subject right before the verb (SVO) wins.
     */
    /** Nouns for a text or a source (بيان يدعو الشرطة، مصدر يؤكد): the subject right before a verb, unknown who. */
    private static final java.util.Set<String> SOURCES = java.util.Set.of("بيان", "تقرير", "مصدر", "مصادر", "رساله",
            "وثيقه", "تقارير", "بيانا");

    Args subjectOf(int k, boolean passive, boolean pluralVerb) {
        Args a = new Args();
        if (!passive && k > 0 && v.mention[k - 1] < 0 && SOURCES.contains(v.key[k - 1]) && v.enc[k - 1].isEmpty()
                && (v.pro[k - 1].isEmpty() || v.pro[k - 1].equals("و"))) {
            a.subjectEnd = k;
            return a;
        }
        if (!passive && k >= 2 && v.key[k - 1].equals("ان") && v.enc[k - 1].isEmpty() && v.pro[k - 1].isEmpty()
                && v.mention[k - 2] < 0 && cues.is("control", v.key[k - 2])) {
            // لا يريد أن يحمل حماس المسؤولية: the governing verb's subject; what follows is the object
            Args inner = subjectOf(k - 2, false, false);
            if (inner.localActor && !inner.actor.isEmpty()) {
                a.actor = inner.actor;
                a.localActor = true;
                a.subjectEnd = k;
                return a;
            }
        }
        ArgMention owner = passive ? null : attackOwnerBefore(k);
        if (owner == null && !passive) {
            owner = speakerOfUtterance(k);
        }
        if (owner != null) {
            a.actor = af.resolve(af.compound(owner));
            a.localActor = true;
            a.subjectEnd = k;
            return a;
        }
        ArgMention before = subjectBefore(k);
        // a verb carrying و/ف opens a new clause (… على قطاع غزة وتجمع المتظاهرون): the mention before it is not its subject
        boolean conjoined = v.pro[k].indexOf('و') >= 0 || v.pro[k].indexOf('ف') >= 0;
        int p = k - 1;
        while (p > 0 && (v.key[p].equals("قد") || v.key[p].equals("لقد")) && v.pro[p].isEmpty()) {
            p--; // نتنياهو قد استقبل بومبيو: the subject stands before قد
        }
        boolean adjacent = before != null && p >= 0 && v.mention[p] >= 0 && !conjoined;
        ArgMention s = pluralVerb || adjacent ? null : subjectAfter(k);
        if (s != null) {
            List<ArgMention> comp = af.compound(s);
            a.subjectEnd = comp.get(comp.size() - 1).last();
            ArgMention named = apposedName(comp.get(comp.size() - 1));
            if (named != null) {
                a.subjectEnd = named.last(); // يزور رئيس المفوضية الأوروبية جان كلود يونكر واشنطن: the name is the subject's
            }
            a.actor = af.resolve(comp);
            a.localActor = true;
        } else {
            ArgMention b = before;
            int comp = complementizerBefore(k);
            int rel = relativeBefore(k);
            if (rel >= 0 && !v.enc[k].isEmpty()) {
                // الحكومة، التي تدعمها بعثة الاتحاد: the antecedent is the object (the pronoun), not the subject
                a.subjectEnd = k;
                return a;
            } else if (rel >= 0) {
                // المحتجين، الذين يطالبون ...: the relative's antecedent, when it is a mention, else nobody
                ArgMention antecedent = mentionEndingAt(rel - 1);
                if (antecedent != null && antecedent.actor() != null) {
                    a.actor = af.resolve(af.compound(antecedent));
                    a.localActor = true;
                }
            } else if (conjoined && b != null && !af.sentenceSubjectOrEmpty().isEmpty()) {
                // X يزور Y ويطالب ...: the second verb shares the first one's subject, Y is its object
                a.actor = af.sentenceSubjectOrEmpty();
                a.localActor = true;
            } else if (b != null) {
                a.actor = af.resolve(af.compound(b));
                a.localActor = true;
            } else if (comp >= 0) {
                // قال إنه قتل ...: the pronoun on إن is the subject, the speaker when the genders agree
                List<ActorMention> speaker = agreeingSpeaker(comp);
                a.actor = speaker == DISAGREES ? List.of() : speaker != null ? speaker : af.pronoun(comp, List.of());
                a.localActor = !a.actor.isEmpty();
            } else if (!passive && !unknownSubjectAfter(k, pluralVerb)) {
                a.actor = !af.sentenceSubjectOrEmpty().isEmpty() ? af.sentenceSubjectOrEmpty() : memory.lastSubject();
            }
            a.subjectEnd = k;
        }
        return a;
    }
}
