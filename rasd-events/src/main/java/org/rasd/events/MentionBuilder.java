package org.rasd.events;

import java.util.ArrayList;
import java.util.List;
import org.rasd.events.internal.PhraseTable;
import org.rasd.model.Actor;
import org.rasd.model.EntityMention;
import org.rasd.model.EntityType;
import org.rasd.model.Place;
import org.rasd.model.Span;
import org.rasd.ner.PlaceGazetteer;

/**
 * Finds the possible arguments of a sentence: the entity stage's mentions (named actors and places,
 * capitals standing for their governments), and generic agents from the {@link AgentLexicon} where no
 * entity was found. An agent directly followed by a country (الجيش الأميركي، قوات الشرطة الأردنية،
 * أعضاء الحلف) becomes that country's or organization's agent.
 */
final class MentionBuilder {
    private final AgentLexicon agents;
    private final PlaceGazetteer places;

    /** Folded, article-free place nouns that a gazetteer may also list as a name. */
    private static final java.util.Set<String> GENERIC_PLACES = java.util.Set.of("مدينه", "عاصمه", "منطقه", "قريه",
            "بلده", "محافظه", "ولايه", "اقليم", "جزيره");
    private final java.util.function.Predicate<String> commonWord;
    private final org.rasd.ner.ActorLexicon lexicon;

    MentionBuilder(AgentLexicon agents, PlaceGazetteer places, java.util.function.Predicate<String> commonWord,
                   org.rasd.ner.ActorLexicon lexicon) {
        this.agents = agents;
        this.places = places;
        this.commonWord = commonWord;
        this.lexicon = lexicon;
    }

    List<ArgMention> build(SentenceView v, List<EntityMention> entities) {
        return build(v, entities, null);
    }

    /**
     * The arguments of a sentence; with the sentence record, nationality adjectives the entity stage does
     * not report (الجيش الأميركي، الموقف المصري) are added from the actor lexicon, since for events they
     * say whose agent or role it is.
     */
    List<ArgMention> build(SentenceView v, List<EntityMention> entities, org.rasd.model.Sentence sentence) {
        List<ArgMention> out = new ArrayList<>();
        List<EntityMention> sorted = new ArrayList<>(entities);
        sorted.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        EntityMention previous = null;
        for (EntityMention e : sorted) {
            int[] range = tokenRange(v, e.span());
            int first = range[0];
            int last = range[1];
            if (first < 0 || overlapsTaken(v, first, last)) {
                continue;
            }
            if (first == last && e.place() != null && !places.isCountry(e.place())
                    && !places.isCapital(e.place()) && (commonWord.test(v.stem[first]) || v.key[first].length() <= 3)
                    && !placeContext(v, first)) {
                continue; // a town named like a common word (التحالف، بأنه) is the word
            }
            if (first == last && e.place() != null && v.article[first] && GENERIC_PLACES.contains(v.key[first])) {
                continue; // "the city" (المدينة) is not Medina, which is written المدينة المنورة
            }
            ArgMention m = fromEntity(e, first, last);
            ArgMention[] led = ledBy(v, m);
            if (led != null) {
                out.add(led[0]);
                mark(v, led[0].first(), led[0].last(), out.size() - 1);
                m = led[1];
            }
            ArgMention before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && before != null && isTitle(previous, before) && e.type() == EntityType.PER
                    && (m.actor() == null || m.actor().country() == null
                        || m.actor().country().equals(before.actor().country()))
                    && (onlyHonorifics(v, before.last() + 1, first) || commaApposition(v, before.last() + 1, first, last))) {
                m = apposition(v, before, m);
                out.set(out.size() - 1, m);
            } else {
                out.add(m);
            }
            mark(v, m.first(), m.last(), out.size() - 1);
            previous = e;
        }
        java.util.Set<Integer> bareAdjectives = new java.util.HashSet<>();
        if (sentence != null && lexicon != null && !sentence.tokens().isEmpty()) {
            for (org.rasd.ner.ActorMatch a : lexicon.findAll(sentence, v.text)) {
                if (a.kind() != org.rasd.ner.ActorMatch.Kind.ADJECTIVE || a.actor().country() == null) {
                    continue;
                }
                int[] range = tokenRange(v, a.span());
                int first = range[0];
                int last = range[1];
                if (first < 0 || overlapsTaken(v, first, last)) {
                    continue;
                }
                out.add(new ArgMention(first, last, a.span(), a.text(), a.actor(), null, null, false));
                mark(v, first, last, out.size() - 1);
                if (!v.article[first] && first > 0 && PRONOUNS.contains(v.key[first - 1])) {
                    bareAdjectives.add(out.size() - 1);
                }
            }
        }
        Object[] hit = new Object[1];
        PhraseTable<AgentLexicon.Agent> table = agents.table();
        for (int i = 0; i < v.n; i++) {
            if (v.mention[i] >= 0 || v.punct[i]) {
                continue;
            }
            int len = table.match(v.key, i, free(v, i), hit);
            if (len == 0) {
                continue;
            }
            AgentLexicon.Agent a = (AgentLexicon.Agent) hit[0];
            int last = i + len - 1;
            if (len == 1 && i > 0 && v.article[i] && v.article[i - 1] && v.mention[i - 1] < 0 && !v.punct[i - 1]
                    && v.pro[i].isEmpty() && v.stem[i].endsWith("ي")) {
                continue; // المؤتمر الصحفي، المصدر العسكري: a definite nisba after a definite noun is its adjective
            }
            if (len == 1 && !v.article[i] && v.key[i].equals("امن") && i + 1 < v.n && v.article[i + 1]) {
                continue; // أمن المملكة، أمن المنطقة: the security of something, not the security forces
            }
            Span span = new Span(v.start[i], v.end[last]);
            Actor actor = new Actor(a.name(), a.country(), a.sectors());
            ArgMention m = new ArgMention(i, last, span, v.text.substring(span.start(), span.end()), actor, null, a, false);
            int nextIdx = last + 1;
            if (nextIdx < v.n && v.mention[nextIdx] >= 0 && v.pro[nextIdx].isEmpty()
                    && out.get(v.mention[nextIdx]) != null
                    && !(v.article[last] && !stateAdjective(v, out.get(v.mention[nextIdx])))) {
                int named = v.mention[nextIdx];
                m = qualify(v, m, out.get(named));
                if (m.last() > last) {
                    out.set(named, null);
                }
            }
            if (a.agentClass() == AgentLexicon.AgentClass.QUALIFIED && m.actor() != null && m.actor().country() == null) {
                i = m.last(); // مسؤولين دبلوماسيين من المجموعة: officials say whose only with a nisba (مسؤول سعودي)
                continue;
            }
            out.add(m);
            mark(v, i, m.last(), out.size() - 1);
            i = m.last();
        }
        constructsOfAgents(v, out);
        for (int k : bareAdjectives) {
            // وهي فرنسية: a nisba predicated of a pronoun is a person's nationality, not the state acting
            out.set(k, null);
        }
        out.removeIf(java.util.Objects::isNull);
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        java.util.Arrays.fill(v.mention, -1);
        for (int k = 0; k < out.size(); k++) {
            mark(v, out.get(k).first(), out.get(k).last(), k);
        }
        return out;
    }

    /**
     * A name the entity stage read with its leader (التحالف الدولي بقيادة الولايات المتحدة): the force and the
     * leading country as two mentions, so both can act (PLOVER codes a US-led coalition's actions to the US too);
     * null when the mention has no بقيادة or the leader is unknown.
     */
    private ArgMention[] ledBy(SentenceView v, ArgMention m) {
        if (lexicon == null || m.actor() == null) {
            return null;
        }
        for (int b = m.first() + 1; b < m.last(); b++) {
            if (v.key[b].equals("قياده") && v.pro[b].equals("ب")) {
                Span leaderSpan = new Span(v.start[b + 1], m.span().end());
                String leaderText = v.text.substring(leaderSpan.start(), leaderSpan.end());
                Actor leader = lexicon.lookup(leaderText).orElse(null);
                if (leader == null || leader.country() == null) {
                    return null;
                }
                Span forceSpan = new Span(m.span().start(), v.end[b - 1]);
                return new ArgMention[] {
                    new ArgMention(m.first(), b - 1, forceSpan, v.text.substring(forceSpan.start(), forceSpan.end()),
                            m.actor(), null, null, false),
                    new ArgMention(b + 1, m.last(), leaderSpan, leaderText, leader, null, null, false)};
            }
        }
        return null;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("هو", "هي", "هم", "هن", "هما");

    /** A role the entity stage linked with a country and sector, not a person's own name (الرئيس التركي). */
    private static boolean isTitle(EntityMention e, ArgMention m) {
        return e.type() == EntityType.PER && m.actor() != null && m.place() == null && m.agent() == null
                && m.actor().country() != null && !m.actor().sector().isEmpty()
                && e.actor() != null && !e.actor().name().equals(e.text()) && looksLikeRole(e.actor().name());
    }

    /** Role actors are named "<Country> <Role>" by the actor lexicon's institutions (Turkey President, Saudi Arabia Crown Prince). */
    private static boolean looksLikeRole(String name) {
        return name.endsWith(" President") || name.endsWith(" Minister") || name.endsWith(" Prince")
                || name.endsWith(" Monarch") || name.endsWith(" Ambassador");
    }

    private static boolean onlyHonorifics(SentenceView v, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (v.punct[i] || !v.pro[i].isEmpty() || !SentenceView.TITLES.contains(v.key[i])) {
                return false;
            }
        }
        return true;
    }

    /** A name set off by commas after its role (ولي العهد الأردني، الأمير الحسين بن عبد الله الثاني، زار ...). */
    private static boolean commaApposition(SentenceView v, int from, int first, int last) {
        return from < first && v.stem[from].equals("،") && onlyHonorifics(v, from + 1, first)
                && (last + 1 >= v.n || v.stem[last + 1].equals("،") || v.punct[last + 1]);
    }

    /**
     * A role and the name that follows it are one person (الرئيس التركي رجب طيب أردوغان): the name's identity when
     * the entity stage linked it, else the name with the role's country and sectors (وزير الخارجية الأمريكي مايك
     * بومبيو → مايك بومبيو, USA, GOV).
     */
    private static ArgMention apposition(SentenceView v, ArgMention role, ArgMention name) {
        Actor r = role.actor();
        Actor n = name.actor();
        Actor merged;
        if (n == null || n.country() == null) {
            merged = new Actor(n == null ? name.text() : n.name(), r.country(), r.sector());
        } else if (n.sector().isEmpty() && n.country().equals(r.country())) {
            merged = new Actor(n.name(), n.country(), r.sector());
        } else {
            merged = n;
        }
        Span span = new Span(role.span().start(), name.span().end());
        return new ArgMention(role.first(), name.last(), span, v.text.substring(span.start(), span.end()), merged,
                null, null, false);
    }

    /** The agent completed by the named actor or country that follows it. */
    private ArgMention qualify(SentenceView v, ArgMention agent, ArgMention named) {
        if (named.actor() == null || named.refers()) {
            return agent;
        }
        Actor n = named.actor();
        AgentLexicon.Agent a = agent.agent();
        Actor merged;
        if (a.agentClass() == AgentLexicon.AgentClass.MEMBERS || a.sectors().isEmpty()
                || n.country() == null || !n.sector().isEmpty() && !isCountryLike(named)) {
            merged = n; // أعضاء الحلف, مقاتلو داعش: the organization itself
        } else {
            String country = places.country(n.country()).map(Place::name).orElse(n.name());
            merged = new Actor(capitalize(a.name()) + " of " + country, n.country(), a.sectors());
        }
        Span span = new Span(agent.span().start(), named.span().end());
        // the named mention is absorbed: unmark it so the merged one replaces it
        return new ArgMention(agent.first(), named.last(), span, v.text.substring(span.start(), span.end()), merged,
                null, a.agentClass() == AgentLexicon.AgentClass.MEMBERS ? null : a, false);
    }

    private boolean isCountryLike(ArgMention m) {
        return m.place() != null && places.isCountry(m.place()) || m.actor().sector().equals(List.of("GOV"));
    }

    /**
     * طائرات التحالف، مقاتلو المعارضة، عناصر الشرطة: an indefinite agent in construct with a following agent is that
     * owner's (the construct is one party, not an actor and its recipient). The pair becomes one mention with the
     * owner's identity.
     */
    private static void constructsOfAgents(SentenceView v, List<ArgMention> out) {
        for (int i = 0; i < out.size(); i++) {
            ArgMention a = out.get(i);
            if (a == null || a.agent() == null || v.article[a.first()] || !v.enc[a.last()].isEmpty()
                    || a.last() + 1 >= v.n || !constructForm(v.stem[a.last()])) {
                continue;
            }
            int n = v.mention[a.last() + 1];
            if (n < 0 || n == i || out.get(n) == null || !v.pro[a.last() + 1].isEmpty()) {
                continue;
            }
            ArgMention b = out.get(n);
            if (b.agent() == null || b.first() != a.last() + 1 || b.actor() == null || !v.article[b.first()]) {
                continue; // the owner of a construct is definite: هاجم مسلحون جنودا is an attack on soldiers
            }
            Span span = new Span(a.span().start(), b.span().end());
            ArgMention merged = new ArgMention(a.first(), b.last(), span, v.text.substring(span.start(), span.end()),
                    b.actor(), b.place(), b.agent(), false);
            out.set(i, merged);
            out.set(n, null);
            for (int t = merged.first(); t <= merged.last(); t++) {
                v.mention[t] = i;
            }
        }
    }

    /** A construct head drops its nunation: مقاتلو، طائرات، عناصر, not مسلحون، مسلحين، جنودا. */
    private static boolean constructForm(String stem) {
        return !(stem.endsWith("ون") || stem.endsWith("ين") || stem.endsWith("ان") || stem.endsWith("ا"));
    }

    /**
     * A one-word state nisba (الأمريكية، الإسرائيلي، الأمريكيين): the only mention a definite agent can take after
     * it. A definite noun is never the head of a construct, so يتهم التحالف إيران is "the coalition accuses Iran",
     * not "Iran's coalition".
     */
    private static boolean stateAdjective(SentenceView v, ArgMention m) {
        int f = m.first();
        String st = v.stem[f];
        return f == m.last() && v.article[f] && m.actor() != null && m.actor().country() != null
                && m.actor().sector().isEmpty() && (st.endsWith("ي") || st.endsWith("يه") || st.endsWith("يين")
                || st.endsWith("يون"));
    }

    /** Currencies the tagger may take for names (الريال: Real Madrid, and the rial): they never act. */
    private static final java.util.Set<String> CURRENCIES = java.util.Set.of("ريال", "دولار", "يورو", "ليره", "جنيه",
            "دينار", "درهم", "روبل", "يوان", "ين", "روبيه", "شيكل", "استرليني");

    /** Buildings and streets (مدرسة مارجوري ستونمان دوغلاس، مستشفى الشفاء): a place that does not act. */
    private static final java.util.Set<String> FACILITIES = java.util.Set.of("مدرسه", "مستشفي", "شارع", "جامعه",
            "مطار", "فندق", "مسجد", "كنيسه", "ساحه", "ميدان", "سجن", "معبر", "ميناء", "مستشفيات", "مدارس");

    private ArgMention fromEntity(EntityMention e, int first, int last) {
        Place place = e.place();
        Actor actor = e.actor();
        boolean town = false;
        if (place != null) {
            if (places.isCapital(place)) {
                actor = places.countryActor(place.country()).orElse(actor);
            } else if (places.isCountry(place)) {
                actor = actor != null ? actor : places.countryActor(place.country()).orElse(null);
            } else {
                town = true;
            }
        }
        String head = e.text().split(" ")[0];
        if (actor == null && place == null && e.type() != EntityType.MISC && !CURRENCIES.contains(PhraseTable.key(
                org.rasd.events.internal.ArabicFold.fold(e.text()))) && !FACILITIES.contains(PhraseTable.key(
                org.rasd.events.internal.ArabicFold.fold(head)))) {
            actor = new Actor(e.text(), null, List.of()); // an unknown name; a currency or an event (MISC) never acts
        }
        return new ArgMention(first, last, e.span(), e.text(), town ? null : actor, place, null, town);
    }

    /**
     * A person the document introduced with a role (وزير الخارجية المغربي ناصر بوريطة) keeps that identity when
     * named again without it (وقال بوريطة، ودعا ناصر بوريطة): mentions whose text is the full name or its last word
     * and that have no country take the introduced actor. Names the entity stage linked are left alone.
     */
    static void namesAcrossDocument(List<List<ArgMention>> args) {
        java.util.Map<String, Actor> known = new java.util.HashMap<>();
        java.util.Set<String> clashing = new java.util.HashSet<>();
        for (List<ArgMention> ms : args) {
            for (ArgMention m : ms) {
                Actor a = m.actor();
                if (a == null || a.country() == null || m.agent() != null || m.place() != null
                        || !m.text().endsWith(a.name()) || m.text().equals(a.name()) || !isArabic(a.name())) {
                    continue; // only names completed by their role: "role + name" whose actor is the Arabic name
                }
                String full = org.rasd.events.internal.ArabicFold.fold(a.name());
                String last = full.substring(full.lastIndexOf(' ') + 1);
                for (String key : full.equals(last) ? List.of(full) : List.of(full, last)) {
                    Actor before = known.putIfAbsent(key, a);
                    if (before != null && !before.equals(a)) {
                        clashing.add(key);
                    }
                }
            }
        }
        clashing.forEach(known::remove);
        if (known.isEmpty()) {
            return;
        }
        for (List<ArgMention> ms : args) {
            for (int i = 0; i < ms.size(); i++) {
                ArgMention m = ms.get(i);
                if (m.actor() == null || m.actor().country() != null || m.agent() != null || m.place() != null) {
                    continue;
                }
                Actor a = known.get(org.rasd.events.internal.ArabicFold.fold(m.text()));
                if (a != null) {
                    ms.set(i, new ArgMention(m.first(), m.last(), m.span(), m.text(), a, null, null, false));
                }
            }
        }
    }

    private static boolean isArabic(String s) {
        return !s.isEmpty() && Character.UnicodeBlock.of(s.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /** PLACE_PREPS: words after which a name is a place (في تدمر، بين حمص وتدمر، قرب الكرامة). */
    private static final java.util.Set<String> PLACE_PREPS = java.util.Set.of("في", "بين", "قرب", "من", "الي", "إلى",
            "الى", "مدينه", "بلده", "قريه", "منطقه");

    /**
     * A town named like a common word is still the town after a preposition of place or in a pair of places:
     * after في، بين، قرب، مدينة (the word itself would not follow them as a verb), or joined by و to the place
     * before it (بين حمص وتدمر).
     */
    private boolean placeContext(SentenceView v, int i) {
        if (i == 0 || v.pro[i].indexOf('ب') >= 0 && v.pro[i].indexOf('و') < 0 && !v.article[i]) {
            return false;
        }
        boolean ends = i + 1 >= v.n || v.punct[i + 1] || v.pro[i + 1].startsWith("و") || v.mention[i + 1] >= 0
                || PLACE_PREPS.contains(v.key[i + 1]);
        if (!ends) {
            return false; // في معسكر سبايكر: the common noun heads a longer name
        }
        String prev = v.key[i - 1];
        if (PLACE_PREPS.contains(prev) || PLACE_PREPS.contains(v.stem[i - 1])) {
            return true;
        }
        if (v.pro[i].startsWith("و") && v.mention[i - 1] >= 0) {
            for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
                if (v.key[k].equals("بين")) {
                    return true; // بين حمص وتدمر
                }
            }
        }
        return false;
    }

    /** The first and last token overlapping {@code span}, or {-1, -1}. */
    private static int[] tokenRange(SentenceView v, Span span) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < v.n; i++) {
            if (v.end[i] > span.start() && v.start[i] < span.end()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return new int[] {first, last};
    }

    private static boolean overlapsTaken(SentenceView v, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (v.mention[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int free(SentenceView v, int i) {
        int j = i;
        while (j < v.n && j - i < PhraseTable.MAX_WORDS && !v.punct[j]
                && (j == i || v.mention[j] < 0 && v.pro[j].indexOf('و') < 0)) {
            j++;
        }
        return j;
    }

    private static void mark(SentenceView v, int first, int last, int id) {
        for (int i = first; i <= last; i++) {
            v.mention[i] = id;
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
