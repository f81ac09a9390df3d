package org.rasd.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.ActorMention;
import org.rasd.model.EventType;

/**
 * What the coder remembers while it reads a document, to resolve collective, referring and elided
 * subjects: the last clause subject (an elided subject continues it), the actors of the latest meeting
 * (المجتمعون، المشاركون), the latest organization (الأعضاء), the countries in order of mention
 * (المملكة، الحكومتين، البلدين), and the document's main actor (the most mentioned one).
 */
final class DocumentMemory {
    private static final Set<String> KINGDOMS = Set.of("SAU", "JOR", "MAR", "BHR", "GBR", "ESP", "NLD", "BEL",
            "SWE", "NOR", "DNK", "THA", "OMN", "KWT", "QAT", "ARE");

    private List<ActorMention> lastSubject = List.of();
    private List<ActorMention> lastMeeting = List.of();
    private ActorMention lastOrganization;
    private ActorMention lastUnknownName;
    private final Deque<ActorMention> countries = new ArrayDeque<>();
    /** How often each state (ISO code) has been named so far, by any of its actors. */
    private final Map<String, Integer> stateCounts = new HashMap<>();
    private final List<ActorMention> mainActor;

    DocumentMemory(List<ActorMention> mainActor) {
        this.mainActor = mainActor;
    }

    /** The most mentioned named actor of the document (organizations and states; agents excluded). */
    static List<ActorMention> mainActorOf(List<SentenceView> views, List<List<ArgMention>> sentences) {
        // the lede's subject: the first mention of the first full sentence, when it comes first
        for (int s = 0; s < views.size() && s < 3; s++) {
            SentenceView v = views.get(s);
            if (v.n < 8) {
                continue;
            }
            for (ArgMention m : sentences.get(s)) {
                boolean dateline = m.last() + 1 < v.n && v.punct[m.last() + 1];
                if (!dateline && m.first() <= 3 && m.actor() != null && !m.refers() && v.pro[m.first()].indexOf('ب') < 0
                        && v.pro[m.first()].indexOf('ل') < 0 && (m.agent() == null || m.actor().country() != null)) {
                    return List.of(m.toActorMention());
                }
                break;
            }
            break;
        }
        return mostMentioned(views, sentences);
    }

    private static List<ActorMention> mostMentioned(List<SentenceView> views, List<List<ArgMention>> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, ActorMention> first = new LinkedHashMap<>();
        String lastOrg = null;
        for (int s = 0; s < sentences.size(); s++) {
            for (ArgMention m : sentences.get(s)) {
                if (m.is(AgentLexicon.AgentClass.MEMBERS) && lastOrg != null) {
                    counts.merge(lastOrg, 1, Integer::sum);
                    continue;
                }
                if (m.actor() != null && m.agent() == null && isOrganization(m.actor())) {
                    lastOrg = m.actor().name();
                }
                if (m.actor() == null || m.agent() != null && m.refers() || m.agent() != null && m.actor().country() == null) {
                    continue;
                }
                SentenceView v = views.get(s);
                if (m.place() != null && m.first() > 0 && v.key[m.first() - 1].equals("في")) {
                    continue; // في القاهرة: the venue, not who acts
                }
                String k = m.actor().name();
                counts.merge(k, s == 0 ? 2 : 1, Integer::sum);
                first.putIfAbsent(k, m.toActorMention());
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, ActorMention> e : first.entrySet()) {
            int c = counts.get(e.getKey());
            if (c > bestCount) {
                best = e.getKey();
                bestCount = c;
            }
        }
        return best == null ? List.of() : List.of(first.get(best));
    }

    /** Remembers the named actors of a sentence in order (countries and organizations). */
    void see(ArgMention m) {
        if (m.actor() == null || m.refers()) {
            return;
        }
        Actor a = m.actor();
        if (a.country() != null && isState(a)) {
            stateCounts.merge(a.country(), 1, Integer::sum);
        }
        if (a.country() != null && m.agent() == null && (a.sector().isEmpty() || a.sector().contains("GOV"))
                && isState(a)) {
            ActorMention am = m.toActorMention();
            countries.removeIf(c -> c.actor().country().equals(a.country()));
            countries.addFirst(am);
            while (countries.size() > 6) {
                countries.removeLast();
            }
        }
        if (a.country() != null && a.country().length() == 3 && (a.country().equals("IGO") || a.country().equals("UNO")
                || a.country().equals("EUR"))) {
            lastOrganization = m.toActorMention();
        } else if (a.country() == null && m.agent() == null && organizationName(m.text())) {
            lastUnknownName = m.toActorMention(); // an unlinked name: an organization only if no known one is in view
        }
    }

    /** Head words of organization names (حركة، جماعة، حزب ...): an unlinked name without one is no organization. */
    private static final Set<String> ORGANIZATION_HEADS = Set.of("حركة", "حركه", "جماعة", "جماعه", "حزب", "تنظيم",
            "جبهة", "جبهه", "منظمة", "منظمه", "مجلس", "هيئة", "هيئه", "اتحاد", "تحالف", "التحالف", "لواء", "كتائب",
            "جيش", "قوات", "شركة", "شركه", "مؤسسة", "مؤسسه", "رابطة", "رابطه", "لجنة", "لجنه", "ائتلاف");

    private static boolean organizationName(String text) {
        int space = text.indexOf(' ');
        return space > 0 && ORGANIZATION_HEADS.contains(text.substring(0, space));
    }

    /** "the coalition" (التحالف) refers only to a coalition, not to any organization in view (the UN, an envoy). */
    private static boolean kindOf(AgentLexicon.Agent a, Actor referent) {
        return !a.name().equals("coalition") || referent.name().toLowerCase(java.util.Locale.ROOT).contains("coalition");
    }

    private static boolean isOrganization(Actor a) {
        String c = a.country();
        return c == null || c.equals("IGO") || c.equals("UNO") || c.equals("EUR") || c.equals("NGO");
    }

    private static boolean isState(Actor a) {
        String c = a.country();
        return c.length() == 3 && !Set.of("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC").contains(c);
    }

    void subject(List<ActorMention> subject) {
        if (!subject.isEmpty()) {
            lastSubject = subject;
        }
    }

    void event(EventType type, List<ActorMention> actors) {
        if (type == EventType.CONSULT && !actors.isEmpty()) {
            lastMeeting = actors;
        }
    }

    List<ActorMention> lastSubject() {
        return lastSubject.isEmpty() ? mainActor : lastSubject;
    }

    List<ActorMention> mainActor() {
        return mainActor;
    }

    /** What a referring agent denotes, or an empty list when nothing fits. */
    List<ActorMention> resolve(ArgMention m) {
        AgentLexicon.Agent a = m.agent();
        if (m.actor() == null) {
            return List.of();
        }
        if (a == null) {
            return List.of(m.toActorMention());
        }
        return switch (a.agentClass()) {
            case PARTICIPANTS -> !lastMeeting.isEmpty() ? lastMeeting : lastSubject();
            case MEMBERS -> !mainActor.isEmpty() && isOrganization(mainActor.get(0).actor())
                    && (mainActor.get(0).actor().country() != null || organizationName(mainActor.get(0).text()))
                    && kindOf(a, mainActor.get(0).actor())
                    ? relabelAll(mainActor, m)
                    : lastOrganization != null && kindOf(a, lastOrganization.actor()) ? List.of(relabel(lastOrganization, m))
                    : lastUnknownName != null && kindOf(a, lastUnknownName.actor()) ? List.of(relabel(lastUnknownName, m))
                    : List.of(m.toActorMention()); // no organization in view: the coalition, unnamed, not the main actor
            case KINGDOM -> countries.stream().filter(c -> KINGDOMS.contains(c.actor().country())).findFirst()
                    .map(c -> List.of(relabel(c, m))).orElse(List.of());
            case PAIR -> {
                List<ActorMention> out = new ArrayList<>();
                for (ActorMention c : countries) {
                    if (out.size() == 2) {
                        break;
                    }
                    out.add(relabel(c, m));
                }
                yield out.size() == 2 ? out : List.of();
            }
            case GOVERNMENT -> {
                if (m.actor().country() != null) {
                    yield List.of(m.toActorMention()); // رئيسة وزراء بريطانيا: already qualified by its country
                }
                ActorMention state = governedState(m);
                yield state == null ? List.of(m.toActorMention())
                        : List.of(new ActorMention(m.span(), m.text(), new Actor("Government of " + state.actor().name(),
                                state.actor().country(), List.of("GOV"))));
            }
            default -> List.of(m.toActorMention());
        };
    }

    /**
     * Whose government a bare الحكومة is: a state named just before it (وفي لبنان، قالت الحكومة), else the state the
     * document has named most (a story about Yemen that mentions talks in Kuwait), the latest on a tie.
     */
    private ActorMention governedState(ArgMention m) {
        ActorMention best = null;
        int bestCount = 0;
        for (ActorMention c : countries) { // latest first
            int gap = m.span().start() - c.span().end();
            if (gap >= 0 && gap < NEAR) {
                return c;
            }
            int n = stateCounts.getOrDefault(c.actor().country(), 0);
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    /** Characters between a state's name and a bare الحكومة after it that still make it that state's government. */
    private static final int NEAR = 60;

    private static List<ActorMention> relabelAll(List<ActorMention> referents, ArgMention at) {
        return referents.stream().map(r -> relabel(r, at)).toList();
    }

    /** The referent's identity at the referring mention's place in the text. */
    private static ActorMention relabel(ActorMention referent, ArgMention at) {
        Actor r = referent.actor();
        if (at.agent() != null && r.sector().isEmpty() && !at.agent().sectors().isEmpty()) {
            r = new Actor(r.name(), r.country(), at.agent().sectors(), r.wikidata()); // الحكومتين: the governments
        }
        return new ActorMention(at.span(), at.text(), r);
    }
}
