package org.rasd.ner.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's tab-separated resource files: {@code #} starts a comment line, blank lines are skipped. */
public final class Resources {
    private Resources() {
    }

    /** The data rows of resource {@code name} (next to the {@code org.rasd.ner} classes), split on tabs. */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /**
     * A short fingerprint of the data lines of the named resources (their count and CRC-32), recorded in model
     * manifests so that a model trained with other lexicons is refused instead of silently computing other
     * features.
     */
    public static String fingerprint(String... names) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long count = 0;
        for (String name : names) {
            for (String line : lines(name)) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                crc.update('\n');
                count++;
            }
        }
        return count + "l-" + Long.toHexString(crc.getValue());
    }

    /** The non-comment, non-blank lines of resource {@code name}. */
    public static List<String> lines(String name) {
        String path = "/org/rasd/ner/" + name;
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip().isEmpty() ? line : line.replaceAll("\\s+$", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Splits a {@code |}-separated cell; an empty cell gives no items. */
    public static List<String> items(String[] row, int col) {
        List<String> out = new ArrayList<>();
        if (col < row.length) {
            for (String s : row[col].split("\\|")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** Cell {@code col} stripped, or "" when the row is shorter. */
    public static String cell(String[] row, int col) {
        return col < row.length ? row[col].strip() : "";
    }
}
