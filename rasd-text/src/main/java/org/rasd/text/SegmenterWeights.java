package org.rasd.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads and writes the weights of the clitic-split model: {@code #} header lines, then one
 * {@code index<TAB>weight} line per feature of {@link SplitFeatures}.
 */
final class SegmenterWeights {
    private SegmenterWeights() {
    }

    static double[] read(InputStream in) throws IOException {
        double[] w = new double[SplitFeatures.COUNT];
        int seen = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int i = Integer.parseInt(f[0]);
            if (i < 0 || i >= w.length) {
                throw new IOException("weight index " + i + " outside 0.." + (w.length - 1)
                        + ": weights do not match this version of the segmenter");
            }
            w[i] = Double.parseDouble(f[1]);
            seen++;
        }
        if (seen != w.length) {
            throw new IOException("expected " + w.length + " weights, found " + seen
                    + ": weights do not match this version of the segmenter");
        }
        return w;
    }

    static void write(double[] w, String header, Writer out) throws IOException {
        for (String line : header.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (int i = 0; i < w.length; i++) {
            out.write(i + "\t" + String.format(Locale.ROOT, "%.6f", w[i]) + "\n");
        }
        out.flush();
    }
}
