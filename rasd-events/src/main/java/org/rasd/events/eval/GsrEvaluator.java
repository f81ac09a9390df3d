package org.rasd.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rasd.events.EventCoder;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Sentence;
import org.rasd.ner.EntityFinder;
import org.rasd.text.TextAnalyzer;

/**
 * Scores the event coder on the Arabic event gold standard (OEDA arabic_event_gsr): ASSAULT and PROTEST
 * sentence detection (label {@code yes} positive, {@code easy no}/{@code difficult no} negative,
 * {@code ambiguous} skipped; a sentence is detected when the coder emits an event of that type for it),
 * and actor-country accuracy on the span files: over the span sentences whose first span with a country
 * gives {@code source_role.main} as a country code, and for which the coder emitted an event of the type
 * with a non-empty actor, the fraction where some actor's country equals the gold code (an actor with
 * no country counts as a miss).
 */
public final class GsrEvaluator {
    /** Detection counts and country agreement of one event type. */
    public record TypeScore(EventType type, int tp, int fp, int fn, int tn, int countryGold, int countryCoded,
                            int countryRight) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double countryAccuracy() {
            return countryCoded == 0 ? 0 : (double) countryRight / countryCoded;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextAnalyzer text;
    private final EntityFinder entities;
    private final EventCoder coder;

    public GsrEvaluator(TextAnalyzer text, EntityFinder entities, EventCoder coder) {
        this.text = text;
        this.entities = entities;
        this.coder = coder;
    }

    /** Scores one type on {@code <type>_gsr.csv} and {@code <type>_spans.jsonl} in {@code dir}. */
    public TypeScore score(Path dir, EventType type, Predicate<String> keepDocument) {
        String base = type.name().toLowerCase(java.util.Locale.ROOT);
        Path csv = dir.resolve(base + "_gsr.csv");
        Path spans = dir.resolve(base + "_spans.jsonl");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("missing " + csv);
        }
        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (List<String> row : Csv.read(csv)) {
            if (row.size() < 7) {
                continue;
            }
            String label = row.get(2).trim();
            if (label.equals("ambiguous") || !keepDocument.test(documentOf(row.get(0)))) {
                continue;
            }
            boolean gold = label.equals("yes");
            boolean found = detects(code(row.get(6)), type);
            if (gold && found) tp++;
            else if (gold) fn++;
            else if (found) fp++;
            else tn++;
        }
        int gold = 0, coded = 0, right = 0;
        if (Files.isRegularFile(spans)) {
            try {
                for (String line : Files.readAllLines(spans, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode n = JSON.readTree(line);
                    if (!keepDocument.test(documentOf(n.path("source").asText("")))) {
                        continue;
                    }
                    String country = goldCountry(n.path("spans"));
                    if (country == null) {
                        continue;
                    }
                    gold++;
                    List<Event> events = code(n.path("text").asText());
                    boolean any = false;
                    boolean match = false;
                    for (Event e : events) {
                        if (e.type() == type && !e.actor().isEmpty()) {
                            any = true;
                            match |= e.actor().stream().anyMatch(a -> country.equals(a.actor().country()));
                        }
                    }
                    if (any) {
                        coded++;
                        if (match) {
                            right++;
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new TypeScore(type, tp, fp, fn, tn, gold, coded, right);
    }

    private List<Event> code(String sentence) {
        List<Sentence> ss = text.analyze(sentence);
        List<EntityMention> es = entities.find(sentence, ss);
        return coder.code(new Document("gsr", sentence, null), ss, es);
    }

    /**
     * Whether the coder reports an event of the type as having happened: an event it marks as negated, future or
     * hypothetical (لو تظاهر مليون شخص) says the sentence does not report one, and is not a detection.
     */
    private static boolean detects(List<Event> events, EventType type) {
        for (Event e : events) {
            if (e.type() == type && !e.aux().contains(org.rasd.model.Aux.NEGATION)
                    && !e.aux().contains(org.rasd.model.Aux.FUTURE) && !e.aux().contains(org.rasd.model.Aux.HYPOTHETICAL)) {
                return true;
            }
        }
        return false;
    }

    private static String goldCountry(JsonNode spans) {
        for (JsonNode s : spans) {
            JsonNode role = s.path("source_role");
            String main = role.isObject() ? role.path("main").asText("") : "";
            if (main.length() == 3 && !main.equals("UNK") && main.chars().allMatch(Character::isUpperCase)) {
                return main;
            }
        }
        return null;
    }

    /** A judged GSR sentence (ambiguous ones are left out): its id, source document, label and text. */
    public record Labelled(String id, String document, boolean positive, String text) {
    }

    /** The judged sentences of {@code <type>_gsr.csv}, for training and cross-validating learned filters. */
    public static List<Labelled> labelled(Path dir, EventType type) {
        Path csv = dir.resolve(type.name().toLowerCase(java.util.Locale.ROOT) + "_gsr.csv");
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("missing " + csv);
        }
        List<Labelled> out = new ArrayList<>();
        for (List<String> row : Csv.read(csv)) {
            if (row.size() < 7 || row.get(2).trim().equals("ambiguous")) {
                continue;
            }
            out.add(new Labelled(row.get(0), documentOf(row.get(0)), row.get(2).trim().equals("yes"), row.get(6)));
        }
        return out;
    }

    /** The source document of a sentence id ({@code AAW_ARB_20071026.0026-2} -> {@code AAW_ARB_20071026.0026}). */
    public static String documentOf(String sentenceId) {
        int dash = sentenceId.lastIndexOf('-');
        return dash > 0 ? sentenceId.substring(0, dash) : sentenceId;
    }

    /** A stable half of the documents, for checking that a figure holds on both halves. */
    public static Predicate<String> half(int which) {
        return doc -> Math.floorMod(doc.hashCode(), 2) == which;
    }

    /** Minimal RFC 4180 CSV reading (quoted fields with commas, doubled quotes, newlines). */
    static final class Csv {
        static List<List<String>> read(Path p) {
            String s;
            try {
                s = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean header = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        f.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(f.toString());
                    f.setLength(0);
                    if (!header) {
                        rows.add(row);
                    }
                    header = false;
                    row = new ArrayList<>();
                } else {
                    f.append(c);
                }
            }
            if (f.length() > 0 || !row.isEmpty()) {
                row.add(f.toString());
                if (!header) {
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
