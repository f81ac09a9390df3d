package org.rasd.events.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a versioned lexicon resource: a header of {@code #} lines that must name the source, the
 * licence and the version, then tab-separated data lines. Fails at load time, naming the resource and
 * line, when the header or a line is malformed.
 */
public final class ResourceLines {
    private ResourceLines() {
    }

    /** The data lines of a resource, each split on tabs; comment and blank lines skipped. */
    public static List<String[]> read(Class<?> anchor, String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        boolean source = false;
        boolean licence = false;
        boolean version = false;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.startsWith("#")) {
                    String l = line.toLowerCase(java.util.Locale.ROOT);
                    source |= l.startsWith("# source:");
                    licence |= l.startsWith("# licence:");
                    version |= l.startsWith("# version:");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < minColumns) {
                    throw new IllegalStateException(name + " line " + no + ": expected " + minColumns
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (!(source && licence && version)) {
            throw new IllegalStateException(name + ": header must name '# source:', '# licence:' and '# version:'");
        }
        return rows;
    }
}
