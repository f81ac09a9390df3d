package org.rasd.ner.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word lists the tagger's features consult: person-name words, and distributional word clusters learned from
 * unlabeled news. Both are gzip resources with a source and licence header; keys are {@code NameKey}s of
 * stems. Immutable after load.
 */
public final class WordLists {
    private static volatile WordLists defaultInstance;

    private final Set<String> personNames;
    private final Map<String, Integer> clusters;
    private final String fingerprint;

    public WordLists(Set<String> personNames, Map<String, Integer> clusters, String fingerprint) {
        this.personNames = Set.copyOf(personNames);
        this.clusters = Map.copyOf(clusters);
        this.fingerprint = fingerprint;
    }

    /** The bundled lists, loaded once; a list whose resource is absent is empty. */
    public static WordLists loadDefault() {
        WordLists w = defaultInstance;
        if (w == null) {
            synchronized (WordLists.class) {
                w = defaultInstance;
                if (w == null) {
                    Set<String> names = new HashSet<>();
                    Map<String, Integer> clusters = new HashMap<>();
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    for (String line : read("person-names.txt.gz")) {
                        names.add(line);
                        crc.update(line.getBytes(StandardCharsets.UTF_8));
                    }
                    List<String> clusterLines = read("clusters.tsv.gz");
                    for (String line : clusterLines) {
                        crc.update(line.getBytes(StandardCharsets.UTF_8));
                    }
                    for (String line : clusterLines) {
                        int tab = line.indexOf('\t');
                        if (tab <= 0) {
                            continue;
                        }
                        String[] cols = line.split("\t");
                        int value = Integer.parseInt(cols[1]);
                        if (cols.length > 3) {
                            value |= Integer.parseInt(cols[2]) << 17 | Integer.parseInt(cols[3]) << 20;
                        }
                        clusters.put(cols[0], value);
                    }
                    w = new WordLists(names, clusters,
                            names.size() + "n-" + clusters.size() + "c-" + Long.toHexString(crc.getValue()));
                    defaultInstance = w;
                }
            }
        }
        return w;
    }

    private static java.util.List<String> read(String name) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream raw = WordLists.class.getResourceAsStream("/org/rasd/ner/" + name)) {
            if (raw == null) {
                return out;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.stripTrailing());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** A short fingerprint of the lists' contents (sizes and CRC-32 of the files), recorded in model manifests. */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean isPersonName(String stemKey) {
        return personNames.contains(stemKey);
    }

    /** The cluster id of a stem key (coarse * 1024 + fine + 1), 0 when unknown. */
    public int cluster(String stemKey) {
        return clusters.getOrDefault(stemKey, 0) & 0x1FFFF;
    }

    /** News statistics of a stem key: article-rate class * 16 + frequency class; 0 when unknown. */
    public int stats(String stemKey) {
        return clusters.getOrDefault(stemKey, 0) >>> 17;
    }

    public int personNameCount() {
        return personNames.size();
    }

    public int clusterCount() {
        return clusters.size();
    }
}
