package org.rasd.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private PersonDirectory(Map<String, Actor> byForm) {
        this.byForm = Map.copyOf(byForm);
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

    /** The actor a person mention denotes: its whole text, else its last word, looked up after normalization. */
    public Optional<Actor> lookup(String mention) {
        String k = key(mention);
        Actor a = byForm.get(k);
        if (a == null) {
            int space = k.lastIndexOf(' ');
            if (space > 0) {
                a = byForm.get(k.substring(space + 1));
            }
        }
        return Optional.ofNullable(a);
    }

    private static String key(String s) {
        return NORMALIZER.normalizeForMatching(s).strip().replaceAll("\\s+", " ");
    }
}
