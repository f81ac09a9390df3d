package org.rasd.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rasd.events.internal.ArabicFold;
import org.rasd.events.internal.ResourceLines;
import org.rasd.events.internal.VerbMorphology;
import org.rasd.model.EventType;

/**
 * The trigger lexicon: every surface form (folded, clitics removed) of every lexicon verb and noun,
 * mapped to its entries. Verbs are inflected by {@link VerbMorphology}; nouns get their article-less,
 * construct (ة→ت before a pronoun), dual, plural and accusative forms. Loaded once, immutable.
 */
public final class TriggerLexicon {
    /** A lexicon hit: the entry and, for verbs, what the surface form says. */
    public record Hit(TriggerEntry entry, VerbMorphology.Form form) {
        public boolean isVerb() {
            return form != null;
        }
    }

    private static final String RESOURCE = "triggers.ar.tsv";
    private final Map<String, List<Hit>> byForm;
    private final int entries;

    private TriggerLexicon(Map<String, List<Hit>> byForm, int entries) {
        this.byForm = byForm;
        this.entries = entries;
    }

    /** The bundled lexicon. */
    public static TriggerLexicon loadDefault() {
        List<String[]> rows = ResourceLines.read(TriggerLexicon.class, RESOURCE, 7);
        Map<String, List<Hit>> map = new HashMap<>();
        int n = 0;
        for (String[] row : rows) {
            n++;
            TriggerEntry e = parse(row, n);
            if (e.verb()) {
                String[] parts = row[1].split("\\+", 2);
                String[] stems = parts[0].split("/");
                String past = ArabicFold.fold(stems[0].trim());
                String imperfect = stems.length > 1 ? ArabicFold.fold(stems[1].trim()) : null;
                String passive = stems.length > 2 ? ArabicFold.fold(stems[2].trim()) : null;
                VerbMorphology.inflect(past, imperfect, passive, row[6].contains("part"))
                        .forEach((form, f) -> add(map, form, new Hit(e, f)));
                if (parts.length > 1) {
                    for (String extra : parts[1].split(",")) {
                        add(map, ArabicFold.fold(extra.trim()),
                                new Hit(e, new VerbMorphology.Form(VerbMorphology.Tense.PAST, false, false, false)));
                    }
                }
            } else {
                for (String noun : row[1].split("\\|")) {
                    for (String form : nounForms(ArabicFold.fold(noun.trim()))) {
                        add(map, form, new Hit(e, null));
                    }
                }
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new TriggerLexicon(Map.copyOf(map), n);
    }

    /** Hits for a folded, clitic-free form; empty when none. */
    public List<Hit> lookup(String folded) {
        List<Hit> h = byForm.get(folded);
        return h == null ? List.of() : h;
    }

    public int size() {
        return entries;
    }

    static List<String> nounForms(String n) {
        List<String> out = new ArrayList<>();
        if (n.startsWith("ال") && n.length() > 4) {
            n = n.substring(2);
        }
        out.add(n);
        if (n.endsWith("ه")) {
            String b = n.substring(0, n.length() - 1);
            out.add(b + "ت");
            out.add(b + "ات");
            out.add(b + "تين");
            out.add(b + "تان");
        } else if (!n.endsWith("ات") && !n.endsWith("ين") && !n.endsWith("ا")) {
            out.add(n + "ا");
            if (n.length() >= 4) {
                out.add(n + "ين");
                out.add(n + "ان");
            }
        }
        return out;
    }

    private static void add(Map<String, List<Hit>> map, String form, Hit hit) {
        List<Hit> list = map.computeIfAbsent(form, k -> new ArrayList<>());
        for (Hit h : list) {
            if (h.entry() == hit.entry()) {
                return;
            }
        }
        list.add(hit);
    }

    private static TriggerEntry parse(String[] row, int n) {
        String kind = row[0].trim();
        if (!kind.equals("V") && !kind.equals("N")) {
            throw new IllegalStateException(RESOURCE + " entry " + n + ": kind must be V or N, was '" + kind + "'");
        }
        EventType type;
        try {
            type = EventType.valueOf(row[2].trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(RESOURCE + " entry " + n + ": unknown event type '" + row[2] + "'");
        }
        String lemma = row[1].split("[|/+]")[0].trim();
        String mode = dash(row[3]);
        String cameo = dash(row[4]);
        List<String> context = dash(row[5]) == null ? List.of() : Arrays.asList(row[5].trim().split(","));
        List<String> rcp = List.of();
        boolean actgen = false;
        boolean host = false;
        boolean needArg = false;
        boolean needRecipient = false;
        boolean two = false;
        boolean intent = false;
        boolean pastOnly = false;
        boolean noGovernor = false;
        double conf = 0.8;
        Set<String> next = Set.of();
        Set<String> noNext = Set.of();
        Set<String> need = Set.of();
        Set<String> avoid = Set.of();
        String opts = row[6].trim();
        if (!opts.equals("-")) {
            for (String opt : opts.split(";")) {
                String o = opt.trim();
                int eq = o.indexOf('=');
                String key = eq < 0 ? o : o.substring(0, eq);
                String val = eq < 0 ? "" : o.substring(eq + 1);
                switch (key) {
                    case "rcp" -> rcp = foldList(val.split(","));
                    case "actgen" -> actgen = true;
                    case "host" -> host = true;
                    case "needarg" -> needArg = true;
                    case "needrcp" -> needRecipient = true;
                    case "two" -> two = true;
                    case "intent" -> intent = true;
                    case "part" -> { } // participles generated (read at inflection)
                    case "pastonly" -> pastOnly = true;
                    case "nogov" -> noGovernor = true;
                    case "conf" -> conf = Double.parseDouble(val);
                    case "next" -> next = new HashSet<>(foldList(val.split("\\|")));
                    case "nonext" -> noNext = new HashSet<>(foldList(val.split("\\|")));
                    case "need" -> need = new HashSet<>(foldList(val.split("\\|")));
                    case "avoid" -> avoid = new HashSet<>(foldList(val.split("\\|")));
                    default -> throw new IllegalStateException(RESOURCE + " entry " + n + ": unknown option '" + key + "'");
                }
            }
        }
        if (!actgen && !kind.equals("V") && !rcp.contains("gen")) {
            actgen = true;
        }
        return new TriggerEntry("lexicon:" + n + ":" + lemma, kind.equals("V"), lemma, type, mode, cameo, context,
                rcp, actgen, host, next, noNext, need, avoid, needArg, needRecipient, two, intent, conf, pastOnly, noGovernor);
    }

    private static List<String> foldList(String[] items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            String f = ArabicFold.fold(s.trim());
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static String dash(String s) {
        String t = s.trim();
        return t.equals("-") || t.isEmpty() ? null : t;
    }
}
