package org.rasd.ner.tagger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a model was made, stored at the head of the model file: the component and format, the feature set it
 * computes, the training data's SHA-256, the seed, epochs and date, and the data licence notice. Enough to
 * retrain it; checked on load so that a model never runs with features it was not trained on.
 */
public record ModelManifest(Map<String, String> fields) {
    public static final String COMPONENT = "rasd-ner averaged-perceptron BIO tagger";
    public static final int FORMAT = 1;

    public ModelManifest {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public String get(String key) {
        return fields.get(key);
    }

    /** The manifest as {@code key=value} lines, in insertion order. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
        return b.toString();
    }

    public static ModelManifest parse(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return new ModelManifest(m);
    }
}
