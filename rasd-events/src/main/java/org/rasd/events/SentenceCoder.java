package org.rasd.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasd.events.internal.VerbMorphology;
import org.rasd.model.ActorMention;
import org.rasd.model.EventType;

/**
 * Codes the triggers of one sentence: fills actor and recipient for each (left to right, so elided
 * subjects continue the last one), then applies the constructions that span two triggers — a meeting
 * and the verb that hosts it, a welcome and the agreement it welcomes, a pledge and the support it
 * pledges, participation (بمشاركة), joining without a stated organization — and drops nominal
 * triggers that found no argument of their own.
 */
final class SentenceCoder {
    private final SentenceView v;
    private final List<ArgMention> ms;
    private final CueLexicon cues;
    private final ArgumentFinder af;
    private final List<TriggerFinder.Candidate> cands;
    private final Map<Integer, ArgumentFinder.Args> subjects = new HashMap<>();
    /** The verb governing each noun trigger, looked up by the actor, locality and light-verb tests alike. */
    private final Map<Integer, Integer> governors = new HashMap<>();

    SentenceCoder(SentenceView v, List<ArgMention> ms, CueLexicon cues, DocumentMemory memory,
                  List<TriggerFinder.Candidate> cands) {
        this.v = v;
        this.ms = ms;
        this.cues = cues;
        this.af = new ArgumentFinder(v, ms, cues, memory);
        this.cands = cands;
    }

    List<CodedCandidate> code() {
        List<CodedCandidate> out = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < v.n; k++) {
            TriggerFinder.Candidate c = next < cands.size() && cands.get(next).token == k ? cands.get(next++) : null;
            if (c == null) {
                if (af.knownVerb(k, cands)) {
                    ArgumentFinder.Args s = subject(k, false);
                    if (s.localActor) {
                        af.noteSubject(s.actor);
                    }
                }
                continue;
            }
            CodedCandidate e = new CodedCandidate(c);
            if (c.verb()) {
                codeVerb(e);
            } else {
                codeNoun(e);
                victimsAsRecipients(e);
            }
            out.add(e);
        }
        new CandidateLinker(v, af, cues).link(out, this::governorSubject);
        return out;
    }

    private ArgumentFinder.Args subject(int k, boolean passive) {
        return subjects.computeIfAbsent(k, x -> af.subjectOf(x, passive));
    }

    private void codeVerb(CodedCandidate e) {
        TriggerFinder.Candidate c = e.trigger;
        int k = c.token;
        TriggerEntry en = c.entry;
        // قتل 20 شخصا، اعتقل نحو 20 آخرين، قُتلوا: a count right after a past verb of violence or arrest, or a damma,
        // reads the verb as passive
        boolean passive = c.form.passive() || c.form.tense() == VerbMorphology.Tense.PAST && vowelledPassive(k)
                || (en.type() == EventType.ASSAULT || en.type() == EventType.COERCE)
                && c.form.tense() == VerbMorphology.Tense.PAST && (quantityFollows(k) && af.subjectBefore(k) == null
                && af.complementizerBefore(k) < 0
                || en.type() == EventType.ASSAULT && countedVictimsBefore(k, en)
                || v.enc[k].isEmpty() && agentCue(k + 1) > 0); // قتلوا بأيدي، اعتقل من قبل
        boolean placeIsObject = en.recipientSlots().contains("obj") && v.enc[k].isEmpty() && placeObjectFollows(k)
                && (en.type() == EventType.CONSULT || !masculineStateFollows(k));
        ArgumentFinder.Args s = c.form.first() && !passive ? af.speakerOf(k)
                : subjects.computeIfAbsent(k, x -> af.subjectOf(x, passive,
                        placeIsObject || c.form.plural() && c.form.tense() != VerbMorphology.Tense.PARTICIPLE));
        if (passive) {
            if (s.localActor) {
                e.recipient = s.actor;
                e.localRecipient = true;
            }
            ArgMention agent = agentAfter(k);
            if (agent != null) {
                e.actor = af.resolve(af.compound(agent));
                e.localActor = true;
            }
        } else if (s.localActor && c.anchor > k && covers(s.actor, c.anchor)) {
            // the phrase's own object read as a subject (طرد السفير التركي): it is the recipient, the actor is
            // whoever governs the phrase (السعودية تنفي طرد ...) or unknown
            e.recipient = s.actor;
            e.localRecipient = true;
            e.actor = governorSubject(k);
            e.localActor = !e.actor.isEmpty() && governorLocal(k);
        } else {
            e.actor = s.actor;
            e.localActor = s.localActor;
            if (s.localActor) {
                af.noteSubject(s.actor);
            }
            recipient(e, s.subjectEnd);
            victimsAsRecipients(e);
        }
        if (en.host() && !e.recipient.isEmpty()) {
            List<ActorMention> host = e.actor;
            e.actor = e.recipient;
            e.recipient = host;
            e.localRecipient = e.localActor;
            e.localActor = true;
        } else if (en.host()) {
            e.recipient = e.actor;
            e.localRecipient = e.localActor;
            e.actor = List.of();
            e.localActor = false;
        }
    }

    /**
     * A meeting followed (within its place phrase) by the verb that held, organized or hosted it, with a pronoun for
     * the meeting (اجتماع في الرباط عقده التحالف الدولي، قمة استضافتها الرياض): the one who held or organized it is
     * the actor; a host is the recipient (PLOVER's visit convention).
     */
    private void heldBy(CodedCandidate e, int k) {
        for (int j = k + 1; j < v.n && j <= k + 5; j++) {
            if (v.punct[j] || cues.is("boundary", v.key[j]) && !v.stem[j].equals("في")) {
                return;
            }
            String key = v.key[j];
            boolean held = (key.startsWith("عقد") || key.startsWith("نظم")) && !v.enc[j].isEmpty();
            boolean hosted = key.startsWith("استضاف") && !v.enc[j].isEmpty();
            if (!held && !hosted) {
                continue;
            }
            ArgMention s = af.subjectAfter(j);
            if (s == null) {
                return;
            }
            List<ActorMention> who = af.resolve(af.compound(s));
            if (held) {
                e.actor = who;
                e.localActor = true;
            } else {
                e.recipient = who;
                e.localRecipient = true;
            }
            return;
        }
    }

    /**
     * The host's object after the titles and time that follow the host's name, up to the first comma
     * (استقبل الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى مساء الثلاثاء، رئيس الجمهورية اليمنية).
     */
    private ArgMention objectAfterApposition(int from) {
        for (int j = from + 1; j < v.n && j <= from + 12; j++) {
            if (af.hardBoundary(j) || v.pro[j].indexOf('و') >= 0) {
                return null;
            }
            if (v.stem[j].equals("،")) {
                ArgMention o = af.objectAfter(j);
                if (o == null && j + 2 < v.n && v.mention[j + 1] < 0 && v.mention[j + 2] >= 0) {
                    o = ms.get(v.mention[j + 2]); // رئيس الجمهورية اليمنية: a role head, then its country
                }
                return o;
            }
        }
        return null;
    }

    /**
     * انتقد وزير شؤون الشرق الأوسط، أليستير بيرت، زميله السياسي جونسون: the subject's role, then its holder's name
     * between commas; the object comes after the second comma. Null when there is no such apposition.
     */
    private ArgMention objectAfterNamedApposition(int from) {
        for (int c = from + 1; c < v.n && c <= from + 8; c++) {
            if (af.hardBoundary(c) || v.pro[c].indexOf('و') >= 0) {
                return null;
            }
            if (v.stem[c].equals("،") && c + 1 < v.n && v.mention[c + 1] >= 0) {
                ArgMention name = ms.get(v.mention[c + 1]);
                int close = name.last() + 1;
                boolean apposed = name.first() == c + 1 && name.agent() == null && name.place() == null
                        && close < v.n && v.stem[close].equals("،");
                return apposed ? af.objectAfter(close) : null;
            }
        }
        return null;
    }

    /**
     * انتقد العمليات التي تخوضها تركيا، أيد الخطوة التي اتخذتها الحكومة: the object is an act, and who criticized or
     * supported it is aimed at its doer, the subject of the relative clause. Null when the pattern does not hold.
     */
    private ArgMention doerOfObject(int from) {
        int j = from + 1;
        if (j >= v.n || v.mention[j] >= 0 || !v.article[j] || !v.pro[j].isEmpty()) {
            return null;
        }
        int r = j + 1;
        if (r < v.n && v.mention[r] < 0 && v.article[r] && !SentenceView.isRelative(v.stem[r])) {
            r++; // العمليات العسكرية التي ...
        }
        if (r + 2 >= v.n || !SentenceView.isRelative(v.stem[r]) || v.enc[r + 1].isEmpty() || v.mention[r + 1] >= 0
                || v.mention[r + 2] < 0 || !v.pro[r + 2].isEmpty()) {
            return null;
        }
        ArgMention doer = ms.get(v.mention[r + 2]);
        return doer.first() == r + 2 && doer.actor() != null ? doer : null; // a town has no actor
    }

    /** قُتلوا: a damma on the first letter marks the passive. */
    private boolean vowelledPassive(int k) {
        String surface = v.text.substring(v.start[k], v.end[k]);
        // قُتل، أُجريت; انتُقد، اُعتُقل (forms VII and VIII): a damma within the first letters of a past verb
        return surface.length() > 1 && surface.substring(0, Math.min(5, surface.length())).indexOf('\u064F') > 0;
    }

    /**
     * 4 عسكريين روس قتلوا، 43 مسلحا قتلوا: a counted subject before a verb of killing or wounding is its victim
     * (the passive, unvowelled); a counted subject of هاجموا is still the attacker.
     */
    private boolean countedVictimsBefore(int k, TriggerEntry en) {
        String lemma = en.lemma();
        if (!lemma.equals("قتل") && !lemma.equals("أصاب") && !lemma.equals("جرح")) {
            return false;
        }
        ArgMention s = af.subjectBefore(k);
        if (s == null || s.last() < k - 5) { // 17 مقاتلا مواليا للنظام السوري قتلوا: the count, its owner, the verb
            return false;
        }
        int p = s.first() - 1;
        if (p >= 0 && (v.number[p] || cues.is("number", v.key[p]))) {
            return true;
        }
        // إن مقاتلا قتل بعدما ...: an indefinite agent before a casualty verb that has no object of its own
        return s.agent() != null && !v.article[s.first()] && v.enc[k].isEmpty() && af.objectAfter(k) == null
                && s.last() >= k - 2;
    }

    private boolean covers(List<ActorMention> ms, int token) {
        for (ActorMention m : ms) {
            if (m.span().start() <= v.start[token] && v.end[token] <= m.span().end()) {
                return true;
            }
        }
        return false;
    }

    private void codeNoun(CodedCandidate e) {
        int k = e.trigger.token;
        TriggerEntry en = e.trigger.entry;
        if (k > 0 && cues.is("passiveaux", v.key[k - 1]) && v.pro[k - 1].indexOf('ل') < 0) {
            passiveMasdar(e, k);
            return;
        }
        int an = e.trigger.anchor;
        if (an > k + 1 && v.mention[k + 1] >= 0 && v.pro[k + 1].isEmpty() && ms.get(v.mention[k + 1]).last() == an - 1) {
            // إطلاق أثينا سراح الجنديين: the genitive between the masdar and its complement is the doer
            e.actor = af.resolve(af.compound(ms.get(v.mention[k + 1])));
            e.localActor = true;
            ArgMention after = an + 1 < v.n && v.mention[an + 1] >= 0 ? ms.get(v.mention[an + 1]) : null;
            if (after != null && after.first() == an + 1 && v.pro[an + 1].isEmpty()) {
                e.recipient = af.resolve(af.compound(after));
                e.localRecipient = true;
            }
            return;
        }
        if (en.type() == EventType.CONSULT && k + 2 < v.n && cues.is("counterpart", v.key[k + 1])
                && !v.enc[k + 1].isEmpty() && v.mention[k + 2] >= 0 && v.pro[k + 2].isEmpty()) {
            // لقاء نظيره التركي: the counterpart (its nisba) is met; the pronoun on نظير is who meets
            e.recipient = af.resolve(af.compound(ms.get(v.mention[k + 2])));
            e.localRecipient = true;
            List<ActorMention> gov = governorSubject(k);
            e.actor = af.pronoun(k + 1, gov);
            e.localActor = !gov.isEmpty() && governorLocal(k);
            return;
        }
        boolean supportLike = en.type() == EventType.SUPPORT || en.type() == EventType.AID
                || en.type() == EventType.COOPERATE;
        if (supportLike && k > 0 && cues.is("stopper", v.key[k - 1]) && governorLocal(k)) {
            // أعلنت الولايات المتحدة وقف الدعم لـ ...: whoever announces or decides the stop stops it (a sanction)
            e.actor = governorSubject(k);
            e.localActor = true;
            recipient(e, k);
            return;
        }
        // participants: اتفاق بين X و Y، اشتباكات بين X و Y
        boolean relational = en.twoSided() || en.type() == EventType.AGREE || en.type() == EventType.CONSULT
                || en.type() == EventType.COOPERATE;
        int b = !relational ? -1 : k + 1 < v.n && v.stem[k + 1].equals("بين") ? k + 1
                : k + 2 < v.n && v.stem[k + 2].equals("بين") && v.mention[k + 1] < 0
                    && (v.article[k + 1] || RELATION_ADJECTIVES.contains(v.key[k + 1])) ? k + 2 : -1;
        if (relational && e.actor.isEmpty() && k + 2 < v.n && pairedNisba(k + 1) && pairedNisba(k + 2)) {
            // المشاورات المصرية الروسية، المحادثات السعودية الأمريكية: the two states of a paired adjective meet
            e.actor = af.resolve(List.of(ms.get(v.mention[k + 1]), ms.get(v.mention[k + 2])));
            e.localActor = true;
        }
        if (b > 0 && e.actor.isEmpty()) {
            ArgMention m = af.mentionFrom(b + 1, 3);
            if (m != null) {
                e.actor = af.resolve(af.compound(m));
                e.localActor = true;
            }
        }
        if (e.actor.isEmpty() && en.type() == EventType.CONSULT) {
            heldBy(e, k); // خلال اجتماع في الصخيرات عقده التحالف الدولي
        }
        if (e.actor.isEmpty() && (en.type() == EventType.SUPPORT || en.type() == EventType.AID)
                && v.pro[k].indexOf('ب') >= 0 && k + 2 < v.n && v.stem[k + 1].equals("من") && v.mention[k + 2] >= 0) {
            // تواصل القوات، بدعم من التحالف، التقدم: the supporter follows من, the supported is the clause's subject
            e.actor = af.resolve(af.compound(ms.get(v.mention[k + 2])));
            e.localActor = true;
            List<ActorMention> supported = governorSubject(k);
            if (!supported.isEmpty() && governorLocal(k)) {
                e.recipient = supported;
                e.localRecipient = true;
            }
            return;
        }
        if (e.actor.isEmpty() && cues.is("attacknoun", v.key[k]) && v.enc[k].isEmpty() && k + 1 < v.n
                && v.mention[k + 1] >= 0 && v.pro[k + 1].equals("ل")) {
            ArgMention owner = ms.get(v.mention[k + 1]);
            if (owner.first() == k + 1 && owner.actor() != null && owner.place() == null) {
                e.actor = af.resolve(af.compound(owner)); // غارات لمقاتلات التحالف، هجوم لحركة طالبان
                e.localActor = true;
            }
        }
        boolean frame = en.type() == EventType.PROTEST && k > 0 && cues.is("timeframe", v.key[k - 1]);
        // قتلت القوات 60 فلسطينيا خلال احتجاجات: the protest frames the clause in time, its subject did not protest
        List<ActorMention> accused = accusedOf(k);
        List<ActorMention> gov = en.noGovernor() || frame ? List.of() : accused != null ? accused : governorSubject(k);
        boolean recipientFound = false;
        if (e.actor.isEmpty() && en.type() == EventType.ASSAULT && k + 2 < v.n && v.mention[k + 1] < 0
                && cues.is("target", v.key[k + 1]) && v.mention[k + 2] >= 0 && v.pro[k + 2].isEmpty()) {
            // قصف مواقع المسلحين، استهداف مقر الحزب: the owner of the positions is the target, the clause's subject shoots
            e.recipient = af.resolve(af.compound(ms.get(v.mention[k + 2])));
            e.localRecipient = true;
            recipientFound = true;
            if (!gov.isEmpty()) {
                e.actor = gov;
                e.localActor = governorLocal(k);
            }
        }
        if (e.actor.isEmpty() && en.actorGenitive() && !recipientFound) {
            ArgMention g = genitive(k);
            if (g != null && en.type() == EventType.CONSULT && g.place() != null && g.last() == g.first()
                    && !e.trigger.entry.host()) {
                g = null; // محادثات أستانا، مؤتمر جنيف: the city names the venue, it does not meet
            }
            if (g != null && supportedObject(e, k, g) && !gov.isEmpty() && governorLocal(k)) {
                // أكد استمرار بلاده في دعم السودان: the masdar after في has the clause's subject as its agent and the
                // genitive as its object (دعم الدوحة للإرهاب, with its own ل, keeps the genitive as the supporter)
                e.actor = gov;
                e.localActor = true;
                e.recipient = af.resolve(af.compound(g));
                e.localRecipient = true;
                recipientFound = true;
            } else if (g != null && accusedGenitive(e, g)) {
                // على خلفية اتهام الدوحة بدعم تنظيمات متطرفة: the genitive with a بـ-charge after it is the accused
                e.recipient = af.resolve(af.compound(g));
                e.localRecipient = true;
                recipientFound = true;
                if (!gov.isEmpty() && governorLocal(k) && !judgedBy(k)) {
                    e.actor = gov;
                    e.localActor = true;
                }
            } else if (g != null && supportedObject(e, k, g)) {
                // تورط النظام بدعم الميليشيات with no known governing verb: the genitive is still who is supported
                e.recipient = af.resolve(af.compound(g));
                e.localRecipient = true;
                recipientFound = true;
            } else if (g != null) {
                e.actor = af.resolve(af.compound(g));
                e.localActor = true;
            } else if (!v.enc[k].isEmpty()) {
                e.actor = af.pronoun(k, gov);
                e.localActor = true;
            }
        }
        if (e.actor.isEmpty() && !gov.isEmpty() && !judgedBy(k)) {
            e.actor = gov;
            // a light verb's subject is the noun's own actor (عقد مجلس الجامعة اجتماعا، أجرى الوزير محادثات)
            e.localActor = governorLocal(k) && (!en.needArg() || lightGovernor(k));
        }
        if (e.actor.isEmpty() && en.type() == EventType.CONSULT && !af.sentenceSubjectOrEmpty().isEmpty()) {
            e.actor = af.sentenceSubjectOrEmpty(); // X did Y during a meeting: X took part
        }
        if (e.actor.isEmpty() && af.verbless(cands) && !sameParty(af.mainActor(), e.recipient)) {
            e.actor = af.mainActor(); // (not the accused or supported party itself: اتهام الدوحة بـ ... in a story on Qatar)
        }
        if (!recipientFound) {
            recipient(e, k);
        }
    }

    /** The verb of saying whose أن-clause holds {@code k} (أفادت الوزارة أنه تم ...), or -1. */
    private int reportingVerb(int k) {
        int c = -1;
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (v.key[j].equals("ان") || v.stem[j].equals("ان")) {
                c = j;
                break;
            }
        }
        for (int j = c - 1; c > 0 && j >= 0 && j >= c - 12; j--) {
            if (cues.is("speech", v.key[j]) && v.mention[j] < 0) {
                return j;
            }
        }
        return -1;
    }

    /** A state or one of its bodies (a country code and no sector, or a government, police, army or court). */
    private static boolean stateBody(org.rasd.model.Actor a) {
        if (a == null || a.country() == null || a.country().length() != 3) {
            return false;
        }
        List<String> s = a.sector();
        return s.isEmpty() || s.contains("GOV") || s.contains("COP") || s.contains("MIL") || s.contains("JUD");
    }

    /**
     * تم اعتقاله مرة أخرى، تم منحه جائزة: the masdar's pronoun or genitive is who it was done to; the doer is only the
     * agent phrase, if any (تم اعتقاله من قبل الشرطة) — not the document's last subject.
     */
    private void passiveMasdar(CodedCandidate e, int k) {
        ArgMention agent = agentAfter(k);
        if (agent != null) {
            e.actor = af.resolve(af.compound(agent));
            e.localActor = true;
        } else if (e.type != EventType.ASSAULT) {
            // أفادت وزارة الخارجية الروسية أنه تم استدعاء السفير: a state body reports what it did itself
            int s = reportingVerb(k);
            ArgumentFinder.Args speaker = s < 0 ? null : subject(s, false);
            if (speaker != null && speaker.localActor && !speaker.actor.isEmpty()
                    && speaker.actor.stream().allMatch(a -> stateBody(a.actor()))) {
                e.actor = speaker.actor;
                e.localActor = true;
            }
        }
        if (!v.enc[k].isEmpty()) {
            e.recipient = af.pronoun(k, List.of());
            e.localRecipient = true;
        } else {
            ArgMention g = genitive(k);
            if (g != null) {
                e.recipient = af.resolve(af.compound(g));
                e.localRecipient = true;
            }
        }
    }

    /** An accusation's genitive followed by the charge with بـ (اتهام الدوحة بدعم ...) is the accused. */
    private boolean accusedGenitive(CodedCandidate e, ArgMention g) {
        int j = g.last() + 1;
        return e.type == EventType.ACCUSE && e.trigger.entry.lemma().startsWith("اتهام") && j < v.n
                && v.pro[j].startsWith("ب") && !ABOUT.contains(v.stem[j]);
    }

    /** بشأن، بخصوص، بسبب: "about", "because of" — no charge. */
    private static final java.util.Set<String> ABOUT = java.util.Set.of("شان", "خصوص", "سبب", "حق");

    private static boolean sameParty(List<ActorMention> a, List<ActorMention> b) {
        for (ActorMention x : a) {
            for (ActorMention y : b) {
                if (x.actor() != null && y.actor() != null && x.actor().country() != null
                        && x.actor().country().equals(y.actor().country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a support or aid masdar's genitive is what is supported rather than who supports: the masdar is
     * governed by a preposition of its clause (في دعم، على دعم، لدعم) and no ل-phrase names another recipient after
     * the genitive (دعم الدوحة للإرهاب: Doha supports terrorism).
     */
    private boolean supportedObject(CodedCandidate e, int k, ArgMention g) {
        boolean meeting = e.type == EventType.CONSULT && e.trigger.entry.lemma().startsWith("لقاء");
        if (e.type != EventType.SUPPORT && e.type != EventType.AID && !meeting || k == 0) {
            return false; // يبدأ المبعوث مهمته بلقاء الرئيس اليمني: the one met, like the one supported
        }
        boolean governed = v.key[k - 1].equals("في") || v.stem[k - 1].equals("علي")
                || v.pro[k].indexOf('ب') >= 0 || v.pro[k].indexOf('ل') >= 0 && !v.article[k];
        if (!governed || g.first() == g.last() && !v.article[g.first()] && v.key[g.first()].endsWith("ي")) {
            return false; // بدعم روسي، بدعم أمريكي: a nisba after the masdar says who supports
        }
        int j = g.last() + 1;
        while (j < v.n && v.mention[j] >= 0) {
            j = ms.get(v.mention[j]).last() + 1; // past a compound of genitives
        }
        return !(j < v.n && (v.pro[j].indexOf('ل') >= 0 || v.stem[j].equals("ل")));
    }

    private void recipient(CodedCandidate e, int after) {
        int k = e.trigger.token;
        TriggerEntry en = e.trigger.entry;
        for (String slot : en.recipientSlots()) {
            List<ArgMention> found = null;
            switch (slot) {
                case "obj" -> {
                    ArgMention o = af.objectAfter(Math.max(after, k));
                    if (o == null && en.host()) {
                        o = objectAfterApposition(Math.max(after, k)); // استقبل X، ولي العهد ... مساء الثلاثاء، Y
                    }
                    if (o == null && e.trigger.verb()) {
                        o = objectAfterNamedApposition(Math.max(after, k));
                    }
                    if (o == null && e.trigger.verb() && (en.type() == EventType.ACCUSE || en.type() == EventType.REJECT
                            || en.type() == EventType.SUPPORT)) {
                        o = doerOfObject(Math.max(after, k));
                    }
                    if (o != null) {
                        found = af.compound(o);
                    } else if (!v.enc[k].isEmpty() && e.trigger.verb() && !(en.host() && meetingBefore(k))) {
                        e.recipient = af.pronoun(k, List.of());
                        e.localRecipient = true;
                        return;
                    }
                }
                case "gen" -> {
                    ArgMention g = genitive(k);
                    if (g != null) {
                        found = af.compound(g);
                    } else if (!v.enc[k].isEmpty() && !en.actorGenitive() && !e.trigger.verb()) {
                        e.recipient = af.pronoun(k, List.of());
                        e.localRecipient = true;
                        return;
                    }
                }
                default -> {
                    int p = af.prepAfter(k, slot);
                    if (p > 0) {
                        ArgMention m = af.mentionFrom(p, 7);
                        if (m == null && p + 3 < v.n && v.mention[p] < 0 && SentenceView.isRelative(v.stem[p + 1])
                                && !v.enc[p + 2].isEmpty() && v.mention[p + 3] >= 0) {
                            m = ms.get(v.mention[p + 3]); // أشاد بالجهود التي تبذلها مصر: whose efforts
                        }
                        if (m != null && !(cooperative(e.type) && opposed(m))) {
                            found = af.compound(m);
                        } else if (e.objectToken < 0) {
                            e.objectToken = p;
                        }
                    }
                }
            }
            if (found != null) {
                List<ActorMention> r = af.resolve(found);
                r.removeIf(x -> e.actor.stream().anyMatch(a -> a.actor().name().equals(x.actor().name())));
                if (!r.isEmpty()) {
                    e.recipient = r;
                    e.localRecipient = true;
                    if (en.twoSided() && slot.equals("مع")) {
                        e.actor = CodedCandidate.union(e.actor, r);
                        e.recipient = List.of();
                    }
                    return;
                }
            }
        }
    }

    /** The subject of the verb that governs the noun at {@code k} (أعربت الوزارة عن ترحيبها), or empty. */
    List<ActorMention> governorSubject(int k) {
        int g = governor(k);
        return g < 0 ? List.of() : subject(g, false).actor;
    }

    private boolean governorLocal(int k) {
        int g = governor(k);
        return g >= 0 && subject(g, false).localActor;
    }

    /**
     * اتهم التحالف النظام الإيراني بدعم الميليشيات: an act in the complement of an accusation is the accused's
     * (the accusation's object), not the accuser's; null when {@code k} is not governed by an accusation verb.
     */
    private List<ActorMention> accusedOf(int k) {
        int g = governor(k);
        if (g < 0) {
            return null;
        }
        TriggerFinder.Candidate c = verbAt(g);
        if (c == null || !c.entry.lemma().startsWith("اتهم")) {
            return null;
        }
        ArgMention o = af.objectAfter(subject(g, false).subjectEnd);
        return o == null || o.last() >= k ? null : af.resolve(af.compound(o));
    }

    /** The trigger verb at token {@code t}, or null. */
    private TriggerFinder.Candidate verbAt(int t) {
        for (TriggerFinder.Candidate c : cands) {
            if (c.token == t) {
                return c.verb() ? c : null;
            }
        }
        return null;
    }

    /** A one-token state mention with the article right at {@code j} (المصرية، السعودية): one of a pair of nisbas. */
    private boolean pairedNisba(int j) {
        if (v.mention[j] < 0 || !v.article[j] || !v.pro[j].isEmpty()) {
            return false;
        }
        ArgMention m = ms.get(v.mention[j]);
        return m.first() == j && m.last() == j && m.actor() != null && m.actor().country() != null
                && m.actor().country().length() == 3 && m.agent() == null;
    }

    /**
     * Whether the verb governing {@code k} judges an act rather than does it (رحبت الولايات المتحدة بإطلاق سراح القس،
     * أدان الهجوم، رفض الاعتقال): then its subject is not the act's actor.
     */
    private boolean judgedBy(int k) {
        int g = governor(k);
        if (g < 0 || lightGovernor(k)) {
            return false;
        }
        TriggerFinder.Candidate c = verbAt(g);
        return c != null && JUDGING.contains(c.entry.lemma()); // not أبرم اتفاقا، اعترف بمسؤوليته: those do the act
    }

    /** Verbs of judging an act (lexicon lemmas): welcome, praise, support, condemn, criticize, reject. */
    private static final java.util.Set<String> JUDGING = java.util.Set.of("رحب", "أشاد", "أيد", "ثمن", "أدان", "ندد",
            "انتقد", "استنكر", "شجب", "رفض", "اعترض");

    private boolean lightGovernor(int k) {
        int g = governor(k);
        return g >= 0 && cues.is("light", v.key[g]) && !cues.is("speech", v.key[g]);
    }

    private int governor(int k) {
        return governors.computeIfAbsent(k, this::findGovernor);
    }

    private int findGovernor(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 16; j--) {
            if (af.hardBoundary(j)) {
                return -1;
            }
            if (af.knownVerb(j, cands)) {
                return j;
            }
        }
        return -1;
    }

    /** محادثات مشتركة بين، اجتماع ثلاثي بين: adjectives between a relational noun and its بين. */
    private static final java.util.Set<String> RELATION_ADJECTIVES = java.util.Set.of("مشتركه", "ثنائيه", "ثلاثيه",
            "ثنائي", "ثلاثي", "مباشره", "مباشر", "رسميه", "رسمي", "سريه", "سري", "جديده", "جديد", "مغلق", "مغلقه");

    private ArgMention genitive(int k) {
        int j = k + 1;
        if (j + 1 < v.n && v.mention[j] < 0 && (!v.article[j] || SentenceView.TITLES.contains(v.key[j])) && !v.punct[j]
                && v.pro[j].isEmpty() && !cues.is("prep", v.key[j]) && v.mention[j + 1] >= 0 && v.pro[j + 1].isEmpty()) {
            j++; // ضرورة انسحاب القوات: the genitive of the verbal noun in construct; زيارة الأمير محمد بن سلمان
        }
        if (j < v.n && v.mention[j] >= 0) {
            ArgMention m = ms.get(v.mention[j]);
            if (m.first() == j && !af.governed(m) && m.actor() != null && v.pro[j].isEmpty()) {
                return m;
            }
        }
        return null;
    }

    /** States whose Arabic names are masculine (رفض الأردن، أكد العراق): a masculine verb agrees with them as subject. */
    private static final java.util.Set<String> MASCULINE_STATES = java.util.Set.of("IRQ", "JOR", "LBN", "YEM", "SDN",
            "MAR", "SOM", "SEN", "CMR", "SSD", "VAT");

    /** Whether the place after the verb at {@code k} is a state with a masculine name (not its capital). */
    private boolean masculineStateFollows(int k) {
        ArgMention m = af.subjectAfter(k);
        return m != null && m.place() != null && m.place().geonameId() == 0 && m.actor() != null
                && MASCULINE_STATES.contains(m.actor().country());
    }

    /** يزور فرنسا: a lone country or capital after a transitive verb is its object, the subject elided. */
    private boolean placeObjectFollows(int k) {
        ArgMention m = af.subjectAfter(k);
        if (m == null || m.place() == null) {
            return false;
        }
        // states and cities are feminine: after a feminine verb (احتجزت إسرائيل، تزور فرنسا) the place is the subject;
        // only a masculine verb (زار فرنسا، ليزور فرنسا) makes it the object of an elided subject
        VerbMorphology.Form f = cands.stream().filter(c -> c.token == k).map(c -> c.form).findFirst().orElse(null);
        String stem = v.stem[k];
        boolean feminine = f != null && (f.tense() == VerbMorphology.Tense.PAST ? stem.endsWith("ت")
                : f.tense() == VerbMorphology.Tense.IMPERFECT && stem.startsWith("ت"));
        if (feminine) {
            return false;
        }
        int j = m.last() + 1;
        return !(j < v.n && v.mention[j] >= 0 || j + 1 < v.n && v.mention[j + 1] >= 0 && !v.punct[j]);
    }

    private boolean meetingBefore(int k) {
        for (TriggerFinder.Candidate c : cands) {
            if (!c.verb() && c.entry.type() == EventType.CONSULT && c.token < k && c.token >= k - 4) {
                return true;
            }
        }
        return false;
    }

    private boolean quantityFollows(int k) {
        for (int j = k + 1; j < v.n && j <= k + 2; j++) {
            if (v.number[j] || cues.is("number", v.key[j])) {
                return true;
            }
            if (!cues.is("day", v.key[j]) && !v.key[j].equals("ايضا")) {
                return false;
            }
        }
        return false;
    }

    private ArgMention agentAfter(int k) {
        for (int j = k + 1; j < v.n && j <= k + 12; j++) {
            if (af.hardBoundary(j)) {
                return null;
            }
            int skip = agentCue(j);
            if (skip > 0) {
                return af.mentionFrom(j + skip, 3);
            }
            boolean attackPhrase = cues.is("attacknoun", v.key[j]) && (v.pro[j].contains("ب")
                    || j > 0 && v.key[j - 1].equals("في"));
            if (attackPhrase && j + 1 < v.n && v.mention[j + 1] >= 0 && v.pro[j + 1].equals("ل")) {
                ArgMention owner = ms.get(v.mention[j + 1]);
                if (owner.actor() != null && owner.place() == null) {
                    return owner; // قتل ثلاثة جنود في هجوم لحركة طالبان: the attack's owner did it
                }
            }
        }
        return null;
    }

    /** The number of tokens of a cue introducing the agent of a passive (من قبل، على يد، بأيدي) at {@code j}, else 0. */
    private int agentCue(int j) {
        if (j >= v.n) {
            return 0;
        }
        if (cues.is("agentpost", v.pro[j] + v.stem[j])) {
            return 1;
        }
        String two = j + 1 < v.n ? v.key[j] + " " + v.key[j + 1] : "";
        return cues.section("agentpost").get(two) != null ? 2 : cues.is("agentpost", v.key[j]) ? 1 : 0;
    }

    /**
     * People counted as victims (أشخاص، مدنيين، أطفال) never attack, arrest or rescue: as the subject of such a verb
     * (5 أشخاص اعتقلوا، الأطفال الذين أنقذوا) the verb is an unvowelled passive, and as a noun's genitive (مساعدة
     * أطفال) they are who it is done to. They become the recipients; the actor is unknown.
     */
    private void victimsAsRecipients(CodedCandidate e) {
        EventType t = e.trigger.entry.type();
        if ((t == EventType.ASSAULT || t == EventType.COERCE || t == EventType.AID) && e.localActor && victim(e.actor)) {
            e.recipient = CodedCandidate.union(e.actor, e.recipient);
            e.actor = List.of();
            e.localActor = false;
            e.localRecipient = true;
        }
    }

    private boolean victim(List<ActorMention> actors) {
        for (ArgMention m : ms) {
            if (m.is(AgentLexicon.AgentClass.VICTIM)) {
                for (ActorMention a : actors) {
                    if (a.span().equals(m.span())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean opposed(ArgMention m) {
        int p = m.first() - 1;
        return p >= 0 && (v.key[p].equals("ضد") || v.key[p].equals("مكافحه") || v.key[p].equals("محاربه")
                || v.key[p].equals("مواجهه") || v.key[p].equals("هزيمه") || v.key[p].equals("قتال")
                || v.key[p].equals("دحر") || v.key[p].equals("تنظيم"));
    }

    static boolean cooperative(EventType t) {
        return t == EventType.AGREE || t == EventType.CONSULT || t == EventType.SUPPORT || t == EventType.COOPERATE
                || t == EventType.AID;
    }
}
