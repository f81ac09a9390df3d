package org.rasd.ner.tools;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.rasd.model.Span;
import org.rasd.ner.NameKey;
import org.rasd.ner.internal.TokenForms;
import org.rasd.ner.tagger.NerFeatures;

/**
 * Learns distributional word clusters from unlabeled news, for the tagger's CLUSTER features. Each of the most
 * frequent stems is described by positive PMI with the most frequent stems at positions -2, -1, +1, +2; the
 * vectors are grouped by spherical k-means twice (fine and coarse). Deterministic for a given input and seed.
 * Args: news.jsonl out.tsv.gz [vocab=40000] [contexts=600] [fine=256] [coarse=64] [seed=7].
 */
public final class WordClusterBuilder {
    public static void main(String[] args) throws Exception {
        Path news = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int vocabSize = args.length > 2 ? Integer.parseInt(args[2]) : 40000;
        int ctxSize = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        int fineK = args.length > 4 ? Integer.parseInt(args[4]) : 256;
        int coarseK = args.length > 5 ? Integer.parseInt(args[5]) : 64;
        long seed = args.length > 6 ? Long.parseLong(args[6]) : 7;
        boolean wholeWords = args.length > 7 && args[7].equals("words"); // cluster whole words, not stems

        List<int[]> docs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<int[]> counts = new ArrayList<>(); // occurrences, occurrences with the article
        try (BufferedReader r = Files.newBufferedReader(news, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String text = jsonString(line, "title") + "\n" + jsonString(line, "text");
                List<Span> spans = TokenForms.splitTokens(text, 0, text.length());
                int[] doc = new int[spans.size()];
                for (int i = 0; i < doc.length; i++) {
                    String key = NameKey.of(spans.get(i).of(text));
                    String s = wholeWords ? key : NerFeatures.stem(key);
                    Integer id = ids.get(s);
                    if (id == null) {
                        id = words.size();
                        ids.put(s, id);
                        words.add(s);
                        counts.add(new int[2]);
                    }
                    counts.get(id)[0]++;
                    if (NerFeatures.hasArticle(NameKey.of(spans.get(i).of(text)))) {
                        counts.get(id)[1]++;
                    }
                    doc[i] = id;
                }
                docs.add(doc);
            }
        }
        Integer[] byFreq = new Integer[words.size()];
        for (int i = 0; i < byFreq.length; i++) {
            byFreq[i] = i;
        }
        Arrays.sort(byFreq, (a, b) -> counts.get(b)[0] != counts.get(a)[0]
                ? Integer.compare(counts.get(b)[0], counts.get(a)[0]) : words.get(a).compareTo(words.get(b)));
        int[] vocabRow = new int[words.size()];
        int[] ctxCol = new int[words.size()];
        Arrays.fill(vocabRow, -1);
        Arrays.fill(ctxCol, -1);
        int v = 0;
        for (int i = 0; i < byFreq.length && v < vocabSize; i++) {
            String w = words.get(byFreq[i]);
            if (counts.get(byFreq[i])[0] >= 3 && !w.isEmpty() && w.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A)) {
                vocabRow[byFreq[i]] = v++;
            }
        }
        for (int i = 0; i < Math.min(ctxSize, byFreq.length); i++) {
            ctxCol[byFreq[i]] = i;
        }
        int dims = ctxSize * 4;
        int[][] co = new int[v][dims];
        int[] offsets = {-2, -1, 1, 2};
        for (int[] doc : docs) {
            for (int i = 0; i < doc.length; i++) {
                int row = vocabRow[doc[i]];
                if (row < 0) {
                    continue;
                }
                for (int o = 0; o < 4; o++) {
                    int j = i + offsets[o];
                    if (j >= 0 && j < doc.length && ctxCol[doc[j]] >= 0) {
                        co[row][o * ctxSize + ctxCol[doc[j]]]++;
                    }
                }
            }
        }
        double[] colSum = new double[dims];
        double[] rowSum = new double[v];
        double total = 0;
        for (int r = 0; r < v; r++) {
            for (int c = 0; c < dims; c++) {
                colSum[c] += co[r][c];
                rowSum[r] += co[r][c];
            }
            total += rowSum[r];
        }
        int[][] idx = new int[v][];
        float[][] val = new float[v][];
        for (int r = 0; r < v; r++) {
            int nz = 0;
            int[] ii = new int[dims];
            float[] vv = new float[dims];
            double norm = 0;
            for (int c = 0; c < dims; c++) {
                if (co[r][c] > 0) {
                    double pmi = Math.log(co[r][c] * total / (rowSum[r] * colSum[c]));
                    if (pmi > 0) {
                        ii[nz] = c;
                        vv[nz++] = (float) pmi;
                        norm += pmi * pmi;
                    }
                }
            }
            norm = Math.sqrt(norm);
            for (int k = 0; k < nz; k++) {
                vv[k] /= norm == 0 ? 1 : norm;
            }
            idx[r] = Arrays.copyOf(ii, nz);
            val[r] = Arrays.copyOf(vv, nz);
            co[r] = null;
        }
        int[] fine = kmeans(idx, val, dims, fineK, seed);
        int[] coarse = kmeans(idx, val, dims, coarseK, seed + 1);
        String[] vocab = new String[v];
        for (int i = 0; i < words.size(); i++) {
            if (vocabRow[i] >= 0) {
                vocab[vocabRow[i]] = words.get(i);
            }
        }
        Integer[] order = new Integer[v];
        for (int i = 0; i < v; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> vocab[a].compareTo(vocab[b]));
        StringBuilder b = new StringBuilder();
        b.append("# Columns: stem key, cluster (coarse*1024 + fine + 1), article-rate class 0-5 (share of occurrences\n");
        b.append("# with ال, in fifths, 5 = never), frequency class (log2 of count, capped at 15). Word clusters learned by WordClusterBuilder from the ANT 2018\n");
        b.append("# Arabic news sample (").append(docs.size()).append(" articles; texts belong to their publishers; only\n");
        b.append("# derived cluster ids are shipped). vocab=").append(v).append(" contexts=").append(ctxSize)
                .append(" fine=").append(fineK).append(" coarse=").append(coarseK).append(" seed=").append(seed)
                .append(". Licence of this file: Apache-2.0.\n");
        for (int i : order) {
            int[] cnt = counts.get(ids.get(vocab[i]));
            int article = cnt[1] == 0 ? 5 : Math.min(4, cnt[1] * 5 / cnt[0]);
            int freq = Math.min(15, 31 - Integer.numberOfLeadingZeros(cnt[0]));
            b.append(vocab[i]).append('\t').append(coarse[i] * 1024 + fine[i] + 1).append('\t').append(article)
                    .append('\t').append(freq).append('\n');
        }
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
            o.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
        System.out.println("clusters for " + v + " words written to " + out);
    }

    /** Spherical k-means on sparse unit vectors; seeded choice of initial centroids. */
    private static int[] kmeans(int[][] idx, float[][] val, int dims, int k, long seed) {
        int n = idx.length;
        float[][] cent = new float[k][dims];
        Random random = new Random(seed);
        for (int c = 0; c < k; c++) {
            int r = random.nextInt(Math.min(n, 20 * k));
            for (int j = 0; j < idx[r].length; j++) {
                cent[c][idx[r][j]] = val[r][j];
            }
        }
        int[] assign = new int[n];
        for (int iter = 0; iter < 12; iter++) {
            float[][] cc = cent;
            IntStream.range(0, n).parallel().forEach(r -> {
                int best = 0;
                float bestDot = -1;
                for (int c = 0; c < k; c++) {
                    float d = 0;
                    float[] ce = cc[c];
                    for (int j = 0; j < idx[r].length; j++) {
                        d += ce[idx[r][j]] * val[r][j];
                    }
                    if (d > bestDot) {
                        bestDot = d;
                        best = c;
                    }
                }
                assign[r] = best;
            });
            float[][] next = new float[k][dims];
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < idx[r].length; j++) {
                    next[assign[r]][idx[r][j]] += val[r][j];
                }
            }
            for (int c = 0; c < k; c++) {
                double norm = 0;
                for (float x : next[c]) {
                    norm += x * x;
                }
                norm = Math.sqrt(norm);
                if (norm == 0) {
                    next[c] = cent[c];
                    continue;
                }
                for (int d = 0; d < dims; d++) {
                    next[c][d] /= norm;
                }
            }
            cent = next;
        }
        return assign;
    }

    /** The value of string field {@code name} of a one-line JSON object, unescaped; "" when absent. */
    static String jsonString(String json, String name) {
        int i = json.indexOf("\"" + name + "\":");
        if (i < 0) {
            return "";
        }
        i = json.indexOf('"', i + name.length() + 3);
        if (i < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int j = i + 1; j < json.length(); j++) {
            char c = json.charAt(j);
            if (c == '"') {
                break;
            }
            if (c == '\\' && j + 1 < json.length()) {
                char e = json.charAt(++j);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'u':
                        b.append((char) Integer.parseInt(json.substring(j + 1, j + 5), 16));
                        j += 4;
                        break;
                    default: b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
