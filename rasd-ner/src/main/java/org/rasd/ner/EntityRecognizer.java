package org.rasd.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.EntityMention;
import org.rasd.model.EntityType;
import org.rasd.model.Place;
import org.rasd.model.Sentence;
import org.rasd.model.Span;
import org.rasd.ner.internal.TokenForms;
import org.rasd.ner.internal.TokenForms.View;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.ner.tagger.ModelFile;
import org.rasd.ner.tagger.NerTagger;
import org.rasd.ner.tagger.SpanScores;
import org.rasd.ner.tagger.WordLists;

/**
 * The entity stage: the statistical tagger finds PER/ORG/LOC/MISC mentions, and the actor lexicon links them to
 * canonical actors and places, repairs their extent when it knows a longer name (قوات سوريا الديمقراطية), and
 * adds names and state institutions the tagger missed. Spans exclude leading clitics. Thread-safe.
 */
public final class EntityRecognizer implements EntityFinder {
    /** The bundled model resource. */
    public static final String MODEL_RESOURCE = "/org/rasd/ner/ner-model.bin.gz";

    private static volatile EntityRecognizer defaultInstance;

    private final NerTagger tagger;
    private final ActorLexicon lexicon;
    private final PersonDirectory persons = PersonDirectory.loadDefault();

    public EntityRecognizer(NerTagger tagger, ActorLexicon lexicon) {
        this.tagger = tagger;
        this.lexicon = lexicon;
    }

    /** The recognizer with the bundled model and lexicon, loaded once. */
    public static EntityRecognizer loadDefault() {
        EntityRecognizer r = defaultInstance;
        if (r == null) {
            synchronized (EntityRecognizer.class) {
                r = defaultInstance;
                if (r == null) {
                    r = new EntityRecognizer(loadTagger(MODEL_RESOURCE), ActorLexicon.loadDefault());
                    defaultInstance = r;
                }
            }
        }
        return r;
    }

    private static NerTagger loadTagger(String resource) {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing NER model resource " + resource);
            }
            return ModelFile.read(in, ActorLexicon.loadDefault(), WordLists.loadDefault());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NER model " + resource, e);
        }
    }

    public NerTagger tagger() {
        return tagger;
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    @Override
    public List<EntityMention> find(String text, List<Sentence> sentences) {
        List<EntityMention> out = new ArrayList<>();
        Set<String> adjectiveCountries = new HashSet<>();
        DocumentHistory history = new DocumentHistory();
        for (Sentence s : sentences) {
            List<View> views = TokenForms.of(s, text);
            if (views.isEmpty()) {
                continue;
            }
            String[] tokens = new String[views.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = text.substring(views.get(i).start(), views.get(i).end());
            }
            int[] tags = tagger.tag(tokens, history);
            List<ActorMatch> matches = lexicon.findAll(views, text);
            for (ActorMatch a : matches) {
                if (a.kind() == ActorMatch.Kind.ADJECTIVE && a.actor() != null && a.actor().country() != null) {
                    adjectiveCountries.add(a.actor().country()); // الأردني: the story names Jordan too
                }
            }
            out.addAll(merge(s.index(), views, SpanScores.chunks(tags), matches, text));
        }
        return townsOverCountries(out, adjectiveCountries);
    }

    /**
     * A name that is both a country and another country's town (عمان: Oman, Amman) names the town when the document
     * names the town's country elsewhere and the other country nowhere else (a story about Jordan).
     */
    private List<EntityMention> townsOverCountries(List<EntityMention> mentions, Set<String> adjectiveCountries) {
        Set<String> countries = new HashSet<>(adjectiveCountries);
        Map<String, Set<String>> namesByCountry = new HashMap<>();
        for (EntityMention m : mentions) {
            if (m.actor() != null && m.actor().country() != null) {
                countries.add(m.actor().country());
                namesByCountry.computeIfAbsent(m.actor().country(), c -> new HashSet<>()).add(NameKey.of(m.text()));
            }
        }
        List<EntityMention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.place() == null || m.place().geonameId() != 0) {
                continue; // not a country
            }
            Optional<Place> town = lexicon.places().shadowedTown(m.text());
            String own = m.place().country();
            String key = NameKey.of(m.text());
            boolean ownElsewhere = namesByCountry.getOrDefault(own, Set.of()).stream().anyMatch(k -> !k.equals(key));
            if (town.isPresent() && countries.contains(town.get().country()) && !ownElsewhere) {
                Place t = town.get();
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, new EntityMention(m.span(), m.text(), m.type(), m.sentence(),
                        new Actor(t.name(), t.country(), List.of()), t, m.confidence()));
            }
        }
        return out == null ? mentions : out;
    }

    /** Model chunks linked to lexicon matches; matches the model missed added; ordered by offset. */
    private List<EntityMention> merge(int sentence, List<View> views, List<SpanScores.Chunk> chunks,
                                      List<ActorMatch> matches, String text) {
        List<EntityMention> out = new ArrayList<>();
        boolean[] matchUsed = new boolean[matches.size()];
        int first = 0; // chunks and matches are both sorted and non-overlapping: one forward sweep
        for (SpanScores.Chunk c : chunks) {
            ActorMatch link = null;
            while (first < matches.size() && matches.get(first).endToken() <= c.start()) {
                first++;
            }
            for (int m = first; m < matches.size() && matches.get(m).firstToken() < c.end(); m++) {
                ActorMatch a = matches.get(m);
                matchUsed[m] = true;
                boolean covers = a.firstToken() <= c.start() && a.endToken() >= c.end();
                if (covers && a.kind() != ActorMatch.Kind.ADJECTIVE) {
                    link = a;
                }
            }
            if (commonWordHere(views, c.start(), c.end(), text)) {
                continue;
            }
            if (link != null) {
                // the lexicon knows this name, possibly longer than the tagger thought: take its extent and class
                if (out.isEmpty() || !out.get(out.size() - 1).span().overlaps(link.span())) {
                    out.add(mention(link, sentence, 0.95));
                }
                continue;
            }
            int start = views.get(c.start()).stemStart();
            int end = views.get(c.end() - 1).end();
            if (c.start() == c.end() - 1) {
                end = views.get(c.start()).stemEnd();
            }
            String surface = text.substring(start, end);
            Optional<ActorMatch> whole = lexicon.lookupMatch(surface);
            Actor actor = whole.map(ActorMatch::actor).orElse(null);
            Place place = whole.map(ActorMatch::place).orElse(null);
            if (actor == null && c.type() == EntityType.PER) {
                actor = persons.lookup(surface).orElse(null);
            }
            if (actor == null && c.type() == EntityType.LOC) {
                place = lexicon.places().lookup(surface).orElse(null);
                actor = place == null ? null : new Actor(place.name(), place.country(), List.of());
            }
            out.add(new EntityMention(new Span(start, end), surface, c.type(), sentence, actor, place, 0.75));
        }
        for (int m = 0; m < matches.size(); m++) {
            ActorMatch a = matches.get(m);
            if (!matchUsed[m] && a.kind() != ActorMatch.Kind.ADJECTIVE && !lexicon.isAmbiguous(a)
                    && !commonWordHere(views, a.firstToken(), a.endToken(), text)) {
                out.add(mention(a, sentence, 0.85));
            }
        }
        for (View w : views) {
            // a well-known surname the tagger missed (وهدد ترامب بفرض رسوم): the directory adds it
            int start = w.stemStart();
            int end = w.stemEnd();
            if (end - start < 5) {
                continue;
            }
            String surface = text.substring(start, end);
            Optional<Actor> person = persons.distinctiveSurname(surface);
            if (person.isPresent() && out.stream().noneMatch(e -> e.span().start() < end && start < e.span().end())) {
                out.add(new EntityMention(new Span(start, end), surface, EntityType.PER, sentence, person.get(), null,
                        0.7));
            }
        }
        out.sort(Comparator.comparing(EntityMention::span));
        return out;
    }

    /**
     * A one-word place name that its neighbour turns back into a common word: مسقط رأسه (his birthplace, not
     * Muscat), مدينة / المدينة alone (a city, not Medina, which news calls المدينة المنورة).
     */
    private static boolean commonWordHere(List<View> views, int first, int end, String text) {
        if (end - first != 1) {
            return false;
        }
        View w = views.get(first);
        String key = NameKey.of(text.substring(w.stemStart(), w.stemEnd()));
        String next = end < views.size() ? views.get(end).key() : "";
        return key.equals(MUSCAT) && next.startsWith(HEAD)
                || (key.equals(CITY) || key.equals(THE_CITY)) && !next.startsWith(ILLUMINED);
    }

    private static final String MUSCAT = NameKey.of("مسقط");
    private static final String HEAD = NameKey.of("رأس");
    private static final String CITY = NameKey.of("مدينة");
    private static final String THE_CITY = NameKey.of("المدينة");
    private static final String ILLUMINED = NameKey.of("المنورة");

    private static EntityMention mention(ActorMatch a, int sentence, double confidence) {
        return new EntityMention(a.span(), a.text(), a.type(), sentence, a.actor(), a.place(), confidence);
    }
}
