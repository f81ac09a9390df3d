package org.rasd.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.EntityType;
import org.rasd.model.Place;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.ner.ActorMatch.Kind;
import org.rasd.ner.internal.PhraseTrie;
import org.rasd.ner.internal.Resources;
import org.rasd.ner.internal.TokenForms;
import org.rasd.ner.internal.TokenForms.Form;
import org.rasd.ner.internal.TokenForms.View;

/**
 * The actor dictionary: every spelling of a known actor (organisations, armed groups, countries and their
 * adjectives, towns, camps) mapped to one canonical {@link Actor}, and state institutions composed with their
 * country (الحكومة السورية -> Syria GOV). Finds the longest matches in a sentence. Collective or elided
 * references (المملكة alone, التنظيم، الحكومتين) are deliberately not resolved here: that needs the
 * document, which the event coder has. Immutable and thread-safe after load.
 */
public final class ActorLexicon {
    private static volatile ActorLexicon defaultInstance;

    /** A lexicon value. */
    record Entry(Actor actor, Place place, EntityType type, Kind kind, boolean ambiguous) {
    }

    /** An institution head: its sector, English label and entity class. */
    record Institution(String sector, String label, EntityType type) {
    }

    private static final String[] NISBA_ENDINGS = {"", "ه", "ون", "ين", "ان", "تان", "تين", "ات", "يه", "يون", "يين"};

    private final PhraseTrie<Entry> names = new PhraseTrie<>();
    private final PhraseTrie<Institution> institutions = new PhraseTrie<>();
    private final PlaceGazetteer places;
    private final Set<String> ambiguous = new HashSet<>();

    private ActorLexicon(PlaceGazetteer places) {
        this.places = places;
    }

    /** The lexicon from the bundled resources, loaded once. */
    /** The resources the lexicon (and its gazetteer) is built from: the tagger's lexicon features depend on them. */
    private static final String[] SOURCES = {"ambiguous-names.txt", "actors.tsv", "country-variants.tsv",
        "institutions.tsv", "countries.tsv", "places.tsv"};

    /** A fingerprint of the bundled lexicon files, recorded in NER model manifests. */
    public static String fingerprint() {
        return Resources.fingerprint(SOURCES);
    }

    public static ActorLexicon loadDefault() {
        ActorLexicon l = defaultInstance;
        if (l == null) {
            synchronized (ActorLexicon.class) {
                l = defaultInstance;
                if (l == null) {
                    l = new ActorLexicon(PlaceGazetteer.loadDefault());
                    l.load();
                    defaultInstance = l;
                }
            }
        }
        return l;
    }

    public PlaceGazetteer places() {
        return places;
    }

    private void load() {
        for (String s : Resources.lines("ambiguous-names.txt")) {
            ambiguous.add(NameKey.of(s));
        }
        List<String[]> adjectives = new ArrayList<>();
        for (String[] r : Resources.rows("actors.tsv")) {
            String country = Resources.cell(r, 2);
            List<String> sectors = List.of();
            if (!Resources.cell(r, 3).isEmpty()) {
                sectors = List.of(Resources.cell(r, 3).split(","));
            }
            String wikidata = Resources.cell(r, 5);
            Actor actor = new Actor(r[1], country.isEmpty() ? null : country, sectors,
                    wikidata.isEmpty() ? null : wikidata);
            EntityType type = EntityType.valueOf(Resources.cell(r, 4));
            for (String form : Resources.items(r, 0)) {
                putName(form, new Entry(actor, null, type, Kind.NAME, false));
            }
            for (String stem : Resources.items(r, 6)) {
                putNisba(stem, new Entry(actor, null, EntityType.MISC, Kind.ADJECTIVE, true));
            }
        }
        for (Map.Entry<String, Place> e : places.countryEntriesByKey().entrySet()) {
            putName(e.getKey(), placeEntry(e.getValue()));
        }
        for (String[] r : Resources.rows("country-variants.tsv")) {
            Place country = places.country(r[0]).orElseThrow();
            Actor actor = new Actor(country.name(), country.country(), List.of());
            for (String stem : Resources.items(r, 2)) {
                putNisba(stem, new Entry(actor, country, EntityType.MISC, Kind.ADJECTIVE, true));
            }
        }
        // only major towns become names on their own: small ones are too often also common words
        // (بيان، الكرامة، التحالف); the tagger's LOC mentions still find them through PlaceGazetteer.lookup
        List<String> townKeys = new ArrayList<>(places.entriesByKey().keySet());
        java.util.Collections.sort(townKeys);
        for (String key : townKeys) {
            Place p = places.entriesByKey().get(key);
            if (places.isMajor(p)) {
                putName(key, placeEntry(p));
            }
        }
        for (String[] r : Resources.rows("institutions.tsv")) {
            Institution inst = new Institution(r[1], r[2], EntityType.valueOf(Resources.cell(r, 3)));
            for (String form : Resources.items(r, 0)) {
                institutions.putIfAbsent(NameKey.of(form), inst);
            }
        }
    }

    private Entry placeEntry(Place p) {
        return new Entry(new Actor(p.name(), p.country(), List.of()), p, EntityType.LOC, Kind.NAME, false);
    }

    private void putName(String form, Entry e) {
        String key = NameKey.of(form);
        boolean amb = e.ambiguous() || ambiguous.contains(key);
        names.putIfAbsent(key, amb == e.ambiguous() ? e : new Entry(e.actor(), e.place(), e.type(), e.kind(), amb));
    }

    private void putNisba(String stem, Entry e) {
        String key = NameKey.of(stem);
        String first = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
        String rest = key.substring(first.length());
        for (String ending : NISBA_ENDINGS) {
            names.putIfAbsent(first + ending + rest, e);
            String withArticle = "ال" + first + ending + (rest.isEmpty() ? "" : " ال" + rest.strip());
            names.putIfAbsent(withArticle, e);
        }
    }

    /** Whether a name is also a common word, so that it should be linked but never added on its own. */
    public boolean isAmbiguous(ActorMatch m) {
        return m.kind() == Kind.ADJECTIVE || ambiguous.contains(NameKey.of(m.text()));
    }

    /** The actor named by {@code phrase} (raw or normalized Arabic), if the whole phrase is one known name. */
    public Optional<Actor> lookup(String phrase) {
        return lookupMatch(phrase).map(ActorMatch::actor);
    }

    /** The match covering the whole of {@code phrase}, if there is one. */
    public Optional<ActorMatch> lookupMatch(String phrase) {
        List<View> views = TokenForms.ofPhrase(phrase);
        if (views.isEmpty()) {
            return Optional.empty();
        }
        ActorMatch m = longestAt(views, 0, phrase);
        return m != null && m.endToken() == views.size() ? Optional.of(m) : Optional.empty();
    }

    /** The longest non-overlapping matches in {@code sentence}, left to right; spans exclude leading clitics. */
    public List<ActorMatch> findAll(Sentence sentence, String text) {
        return findAll(TokenForms.of(sentence, text), text);
    }

    /** As {@link #findAll(Sentence, String)}, over precomputed token views. */
    public List<ActorMatch> findAll(List<View> views, String text) {
        List<ActorMatch> out = new ArrayList<>();
        int i = 0;
        while (i < views.size()) {
            ActorMatch m = longestAt(views, i, text);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.endToken();
            }
        }
        return out;
    }

    /** The longest match starting at token {@code i}: a lexicon name or an institution with its country. */
    ActorMatch longestAt(List<View> views, int i, String text) {
        ActorMatch best = null;
        for (Form head : views.get(i).heads()) {
            PhraseTrie.Node<Entry> n = names.root().child(head.key());
            int j = i + 1;
            while (n != null) {
                if (n.value() != null && (best == null || j > best.endToken())) {
                    best = match(n.value(), head, views, i, j, text);
                }
                if (j >= views.size()) {
                    break;
                }
                n = n.child(views.get(j).key());
                j++;
            }
        }
        ActorMatch inst = institutionAt(views, i, text);
        if (inst != null && (best == null || inst.endToken() > best.endToken())) {
            best = inst;
        }
        return best;
    }

    private ActorMatch match(Entry e, Form head, List<View> views, int i, int end, String text) {
        int s = head.start();
        int t = end - 1 == i ? head.end() : views.get(end - 1).end();
        return new ActorMatch(new Span(s, t), text.substring(s, t), e.type(), e.actor(), e.place(), e.kind(), i, end);
    }

    /** الحكومة السورية، حكومة سوريا، وزارة الخارجية الأمريكية، الرئيس السوري: a head, then its country. */
    private ActorMatch institutionAt(List<View> views, int i, String text) {
        for (Form head : views.get(i).heads()) {
            PhraseTrie.Node<Institution> n = institutions.root().child(head.key());
            int j = i + 1;
            ActorMatch best = null;
            while (n != null && j <= views.size()) {
                if (n.value() != null && j < views.size()) {
                    ActorMatch country = countryRef(views, j, text);
                    if (country != null && (best == null || country.endToken() > best.endToken())) {
                        Institution inst = n.value();
                        Actor c = country.actor();
                        String name = inst.label().equals("Government") ? c.name() : c.name() + " " + inst.label();
                        Actor actor = new Actor(name, c.country(), List.of(inst.sector()));
                        int s = head.start();
                        int t = views.get(country.endToken() - 1).end();
                        best = new ActorMatch(new Span(s, t), text.substring(s, t), inst.type(), actor, null,
                                Kind.INSTITUTION, i, country.endToken());
                    }
                }
                if (j >= views.size()) {
                    break;
                }
                n = n.child(views.get(j).key());
                j++;
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    /** A country named right after an institution head: its adjective, name or capital. */
    private ActorMatch countryRef(List<View> views, int j, String text) {
        PhraseTrie.Node<Entry> n = names.root().child(views.get(j).key());
        ActorMatch best = null;
        int k = j + 1;
        while (n != null) {
            Entry e = n.value();
            if (e != null && e.place() != null && (places.isCountry(e.place()) || places.isCapital(e.place()))) {
                Place country = places.country(e.place().country()).orElse(null);
                if (country != null) {
                    Actor a = new Actor(country.name(), country.country(), List.of());
                    best = new ActorMatch(new Span(views.get(j).start(), views.get(k - 1).end()), "", e.type(), a,
                            country, e.kind(), j, k);
                }
            }
            if (k >= views.size()) {
                break;
            }
            n = n.child(views.get(k).key());
            k++;
        }
        return best;
    }

    /** Number of names (all spellings and inflections) in the lexicon. */
    public int size() {
        return names.size();
    }
}
