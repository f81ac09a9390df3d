package org.rasd.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Rebuilds the bundled stem lexicon from its sources: word counts over the news sample (unlabeled;
 * only derived counts are shipped) and stems flagged from the gazetteers (GeoNames Arabic city names,
 * Wikidata person names, Arabic first and last names). Deterministic: same inputs, same bytes.
 *
 * <pre>
 * java -cp rasd-text/target/classes:rasd-model/target/classes org.rasd.text.StemLexiconGenerator \
 *     ../shared/data rasd-text/src/main/resources/org/rasd/text/stem-lexicon.tsv.gz
 * </pre>
 */
public final class StemLexiconGenerator {
    /** Words seen fewer times in the news are left out to keep the file small. */
    static final int MIN_COUNT = 2;

    private StemLexiconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StemLexiconGenerator SHARED_DATA_DIR OUT.tsv.gz");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Map<String, int[]> entries = build(data);
        write(entries, Path.of(args[1]));
        System.err.println("wrote " + entries.size() + " words to " + args[1]);
    }

    /** Word -> {count, flags}, sorted, for every word that passes the count threshold or is a gazetteer stem. */
    static Map<String, int[]> build(Path data) throws IOException {
        ArabicNormalizer skeleton = ArabicNormalizer.forSegmentation();
        Map<String, int[]> counts = new java.util.HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(data.resolve("news/ant-2018-arabic-news.jsonl"))) {
            String line;
            while ((line = r.readLine()) != null) {
                countWords(JsonStrings.field(line, "title"), skeleton, counts);
                countWords(JsonStrings.field(line, "text"), skeleton, counts);
            }
        }
        Map<String, int[]> out = new TreeMap<>();
        counts.forEach((w, c) -> {
            if (c[0] >= MIN_COUNT) {
                out.put(w, c);
            }
        });
        for (String name : gazetteerWords(data.resolve("gazetteers"))) {
            String key = skeleton.normalizeForMatching(name);
            if (key.length() >= 2 && isArabic(key)) {
                int[] c = out.computeIfAbsent(key, k -> new int[2]);
                c[1] |= StemLexicon.FLAG_STEM;
            }
        }
        return out;
    }

    private static void countWords(String text, ArabicNormalizer skeleton, Map<String, int[]> counts) {
        if (text == null) {
            return;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            byte cls = ArabicChars.CLASS[text.charAt(i)];
            if (cls != ArabicChars.LETTER) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && ArabicChars.continuesWord(ArabicChars.CLASS[text.charAt(j)])) {
                j++;
            }
            String w = skeleton.normalizeForMatching(text.subSequence(i, j));
            if (isArabic(w)) {
                counts.computeIfAbsent(w, k -> new int[2])[0]++;
            }
            i = j;
        }
    }

    static boolean isArabic(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c < '\u0621' || c > '\u06FF') {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** Single Arabic words from the gazetteers (multi-word names are split). */
    static List<String> gazetteerWords(Path dir) throws IOException {
        List<String> words = new ArrayList<>();
        for (String row : Files.readAllLines(dir.resolve("geonames/cities1000-arabic-names.tsv"))) {
            String[] f = row.split("\t");
            if (f.length > 7) {
                for (String alt : f[7].split("[,\u060C]")) {
                    addWords(alt, words);
                }
            }
        }
        for (String row : Files.readAllLines(dir.resolve("wikidata-person-names/wd_arabic.normalized.aligned.tokens"))) {
            String[] f = row.split("\t");
            if (f.length > 1) {
                words.add(f[1].replace(" ", ""));
            }
        }
        for (String file : new String[] {"400-Arabic-Names.txt", "female-first-names-in-arabic.txt",
                "male-first--names-in-arabic.txt", "last-names-in-arabic.txt"}) {
            for (String row : Files.readAllLines(dir.resolve("arabic-first-names").resolve(file))) {
                addWords(row, words);
            }
        }
        words.removeIf(w -> !isArabic(w));
        return words;
    }

    private static void addWords(String s, List<String> out) {
        for (String w : s.trim().split("[\\s\\-\u060C,]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
    }

    static void write(Map<String, int[]> entries, Path out) throws IOException {
        try (OutputStream raw = Files.newOutputStream(out);
             GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
             Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8)) {
            w.write("# Rasd stem lexicon: skeleton<TAB>news count<TAB>flags (S = gazetteer stem).\n"
                    + "# Generated by org.rasd.text.StemLexiconGenerator (see docs/text.md).\n"
                    + "# Counts: words with count >= " + MIN_COUNT + " in the ANT corpus v2.1 2018 news sample"
                    + " (Chouigui et al., Apache-2.0; derived statistics only, no text).\n"
                    + "# Stems: GeoNames cities1000 Arabic names (CC BY 3.0, credit GeoNames, geonames.org);"
                    + " Wikidata person-name labels (CC0); arabic-first-names by AKhateeb (MIT).\n");
            for (Map.Entry<String, int[]> e : entries.entrySet()) {
                int[] c = e.getValue();
                w.write(e.getKey());
                w.write('\t');
                w.write(Integer.toString(c[0]));
                if ((c[1] & StemLexicon.FLAG_STEM) != 0) {
                    w.write("\tS");
                }
                w.write('\n');
            }
        }
    }
}
