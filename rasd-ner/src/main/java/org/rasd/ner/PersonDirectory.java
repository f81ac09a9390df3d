package org.rasd.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rasd.model.Actor;
import org.rasd.ner.internal.Resources;
import org.rasd.text.ArabicNormalizer;

/**
 * Links a person the tagger found to a known political actor (ترامب → Donald Trump, USA, GOV). Linking only:
 * the directory never adds a mention and is not a tagger feature, so the trained model does not depend on it.
 * Loaded once from {@code persons.tsv}; immutable.
 */
public final class PersonDirectory {
    private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();
    private final Map<String, Actor> byForm;

    /** For each surname form, the first words of the directory's full names that end with it. */
    private final Map<String, Set<String>> firstNames;

    private PersonDirectory(Map<String, Actor> byForm) {
        this.byForm = Map.copyOf(byForm);
        Map<String, Set<String>> f = new HashMap<>();
        for (String form : byForm.keySet()) {
            String[] w = form.split(" ");
            if (w.length > 1) {
                f.computeIfAbsent(w[w.length - 1], x -> new java.util.HashSet<>()).add(w[0]);
            }
        }
        this.firstNames = Map.copyOf(f);
    }

    /** The bundled directory. */
    public static PersonDirectory loadDefault() {
        Map<String, Actor> forms = new HashMap<>();
        for (String[] r : Resources.rows("persons.tsv")) {
            if (r.length < 3) {
                throw new IllegalStateException("persons.tsv: expected forms, name, country: " + String.join("\t", r));
            }
            List<String> sectors = r.length > 3 && !r[3].isBlank() ? Arrays.asList(r[3].split(",")) : List.of();
            String wikidata = r.length > 4 && !r[4].isBlank() ? r[4] : null;
            Actor actor = new Actor(r[1], r[2].isBlank() ? null : r[2], sectors, wikidata);
            for (String form : r[0].split("\\|")) {
                forms.put(key(form), actor);
            }
        }
        return new PersonDirectory(forms);
    }

    /**
     * The actor a person mention denotes: its whole text, else its last word, looked up after normalization. The last
     * word alone links only after a title (الرئيس ترامب), not after another first name: تشارلز كوشنر is not Jared.
     */
    public Optional<Actor> lookup(String mention) {
        String k = key(mention);
        Actor a = byForm.get(k);
        if (a == null) {
            int space = k.lastIndexOf(' ');
            if (space > 0 && !otherFirstName(k.substring(0, space), k.substring(space + 1))) {
                a = byForm.get(k.substring(space + 1));
            }
        }
        return Optional.ofNullable(a);
    }

    /**
     * The actor of a single word that can only be that person's surname (ترامب، أردوغان، ماكرون): five letters or
     * more, no article, a form of the directory. Used to add a person the tagger missed; short or article-bearing
     * forms (الأسد، هنية، كيم) are common words or names too often.
     */
    public Optional<Actor> distinctiveSurname(String word) {
        if (word.length() < 5 || word.indexOf(' ') >= 0) {
            return Optional.empty(); // called per token: no regex, one normalization
        }
        String k = NORMALIZER.normalizeForMatching(word);
        if (k.length() < 5 || k.startsWith("ال")) {
            return Optional.empty();
        }
        return Optional.ofNullable(byForm.get(k));
    }

    /** Whether {@code before} starts with a given name other than the one the directory knows with {@code surname}. */
    private boolean otherFirstName(String before, String surname) {
        String first = before.split(" ")[0];
        if (first.startsWith("ال") || TITLES.contains(first)) {
            return false; // الرئيس، الملك، السيد، وزير: a title, not a name
        }
        Set<String> known = firstNames.getOrDefault(surname, Set.of());
        return !known.isEmpty() && !known.contains(first);
    }

    private static final Set<String> TITLES = Set.of("وزير", "رييس", "رئيس", "ملك", "امير", "شيخ", "سيد", "سيده",
            "دكتور", "د", "السيد", "جنرال", "مستشار", "نايب", "نائب", "سفير", "زعيم", "قائد", "عاهل", "ولي");

    private static String key(String s) {
        return NORMALIZER.normalizeForMatching(s).strip().replaceAll("\\s+", " ");
    }
}
