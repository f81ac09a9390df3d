package org.rasd.ner;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.model.Place;
import org.rasd.ner.internal.Resources;

/**
 * Countries and cities with their Arabic names and coordinates: the JDK's CLDR country names (plus short forms
 * and variants written for Rasd) and GeoNames towns. A country's coordinates are those of its capital, as a
 * representative point for maps. Immutable and thread-safe after load.
 */
public final class PlaceGazetteer {
    private static volatile PlaceGazetteer defaultInstance;

    private final Map<String, Place> byKey;
    private final Map<String, Place> countriesByIso3;
    private final Map<String, Place> countryKeys;
    private final Set<Long> capitals;
    private final Map<String, Long> population;
    /** Towns whose name is also a country's (عمان: Amman and Oman), the most populous per name. */
    private final Map<String, Place> shadowed;

    private PlaceGazetteer(Map<String, Place> byKey, Map<String, Place> countriesByIso3,
                           Map<String, Place> countryKeys, Set<Long> capitals, Map<String, Long> population,
                           Map<String, Place> shadowed) {
        this.byKey = byKey;
        this.shadowed = shadowed;
        this.countriesByIso3 = countriesByIso3;
        this.countryKeys = countryKeys;
        this.capitals = capitals;
        this.population = population;
    }

    /** The gazetteer from the bundled resources, loaded once. */
    public static PlaceGazetteer loadDefault() {
        PlaceGazetteer g = defaultInstance;
        if (g == null) {
            synchronized (PlaceGazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    g = load();
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    private static PlaceGazetteer load() {
        Map<String, String> iso2to3 = new HashMap<>();
        Map<String, String> english = new HashMap<>();
        Map<String, String> arabic = new LinkedHashMap<>();
        for (String[] r : Resources.rows("countries.tsv")) {
            iso2to3.put(r[1], r[0]);
            english.put(r[0], r[2]);
            arabic.put(r[0], r[3]);
        }
        // capitals first: they give each country its representative point
        List<String[]> towns = Resources.rows("places.tsv");
        Map<String, double[]> capitalPoint = new HashMap<>();
        Set<Long> capitals = new HashSet<>();
        for (String[] r : towns) {
            if (r[3].equals("PPLC")) {
                capitals.add(Long.parseLong(r[0]));
                capitalPoint.putIfAbsent(iso2to3.getOrDefault(r[2], r[2]),
                        new double[] {Double.parseDouble(r[5]), Double.parseDouble(r[6])});
            }
        }
        Map<String, Place> countries = new LinkedHashMap<>();
        Map<String, Place> countryKeys = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : arabic.entrySet()) {
            double[] p = capitalPoint.getOrDefault(e.getKey(), new double[] {Double.NaN, Double.NaN});
            Place place = new Place(english.get(e.getKey()), e.getKey(), p[0], p[1], 0);
            countries.put(e.getKey(), place);
        }
        for (String[] r : Resources.rows("country-variants.tsv")) {
            Place place = countries.get(r[0]);
            if (place == null) {
                throw new IllegalStateException("country-variants.tsv: unknown ISO code " + r[0]);
            }
            for (String name : Resources.items(r, 1)) {
                countryKeys.putIfAbsent(NameKey.of(name), place);
            }
        }
        for (Map.Entry<String, String> e : arabic.entrySet()) {
            countryKeys.putIfAbsent(NameKey.of(e.getValue()), countries.get(e.getKey()));
        }
        Map<String, Place> byKey = new HashMap<>(countryKeys);
        Map<String, Long> population = new HashMap<>();
        Map<String, Place> shadowed = new HashMap<>();
        towns.sort((a, b) -> Long.compare(Long.parseLong(b[4]), Long.parseLong(a[4])));
        for (String[] r : towns) {
            long id = Long.parseLong(r[0]);
            Place place = new Place(r[1], iso2to3.getOrDefault(r[2], r[2]), Double.parseDouble(r[5]),
                    Double.parseDouble(r[6]), id);
            population.put(r[0], Long.parseLong(r[4]));
            for (String name : Resources.items(r, 7)) {
                String key = NameKey.of(name);
                if (key.length() >= 3 && key.chars().allMatch(c -> c == ' ' || (c >= 0x0600 && c <= 0x06FF))) {
                    byKey.putIfAbsent(key, place);
                    if (countryKeys.containsKey(key) && !countryKeys.get(key).country().equals(place.country())) {
                        shadowed.putIfAbsent(key, place);
                    }
                }
            }
        }
        return new PlaceGazetteer(Map.copyOf(byKey), Collections.unmodifiableMap(countries),
                Collections.unmodifiableMap(countryKeys), Set.copyOf(capitals), Map.copyOf(population),
                Map.copyOf(shadowed));
    }

    /** The place named {@code phrase} (any spelling; a country before a town of the same name). */
    public Optional<Place> lookup(String phrase) {
        String key = NameKey.of(phrase);
        Place p = byKey.get(key);
        if (p == null && key.startsWith("ال") && key.length() > 4) {
            p = byKey.get(key.substring(2));
        }
        if (p == null && key.indexOf(' ') > 0 && key.length() <= 20) {
            p = byKey.get(key.replace(" ", "")); // بيونغ يانغ for بيونغيانغ: a transliteration written in two words
        }
        return Optional.ofNullable(p);
    }

    /**
     * The town of another country that {@code phrase} also names, when the phrase names a country first (عمان: Amman,
     * Jordan, behind Oman); empty otherwise. Which one is meant depends on the document.
     */
    public Optional<Place> shadowedTown(String phrase) {
        return Optional.ofNullable(shadowed.get(NameKey.of(phrase)));
    }

    /** The country with ISO alpha-3 code {@code iso3} as a place. */
    public Optional<Place> country(String iso3) {
        return Optional.ofNullable(countriesByIso3.get(iso3));
    }

    /** The country {@code iso3} acting as a state: its government (metonymy: دمشق = Syria's government). */
    public Optional<Actor> countryActor(String iso3) {
        Place p = countriesByIso3.get(iso3);
        return p == null ? Optional.empty() : Optional.of(new Actor(p.name(), iso3, List.of("GOV")));
    }

    /** Whether {@code place} is a national capital. */
    public boolean isCapital(Place place) {
        return place.geonameId() != 0 && capitals.contains(place.geonameId());
    }

    /** Towns at least this big are names on their own in the actor lexicon. */
    public static final long MAJOR_TOWN_POPULATION = 150_000;

    /** Whether {@code place} is a country, a capital or a town of at least {@link #MAJOR_TOWN_POPULATION}. */
    public boolean isMajor(Place place) {
        return isCountry(place) || isCapital(place) || population(place) >= MAJOR_TOWN_POPULATION;
    }

    /** Whether {@code place} is a country (not a town). */
    public boolean isCountry(Place place) {
        return place.geonameId() == 0 && countriesByIso3.get(place.country()) == place;
    }

    /** The town's population, 0 for countries or unknown. */
    public long population(Place place) {
        return population.getOrDefault(Long.toString(place.geonameId()), 0L);
    }

    /** Every key of the gazetteer with its place: country names first, then towns. For building matchers. */
    public Map<String, Place> entriesByKey() {
        return byKey;
    }

    /** Keys that name a country. */
    public Map<String, Place> countryEntriesByKey() {
        return countryKeys;
    }
}
