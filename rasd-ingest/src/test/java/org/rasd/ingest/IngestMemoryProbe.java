package org.rasd.ingest;

import java.nio.file.Path;

/**
 * Not a test: reads a path with {@link DocumentReader} and prints how many documents and failures it saw and the
 * heap in use at the end, for the flat-memory measurement in docs/ingest.md (run under {@code /usr/bin/time -v}).
 */
public final class IngestMemoryProbe {
    private IngestMemoryProbe() {
    }

    public static void main(String[] args) {
        long[] counts = new long[3];
        long t0 = System.nanoTime();
        new DocumentReader().read(Path.of(args[0]), item -> {
            if (item.ok()) {
                counts[0]++;
                counts[2] += item.document().text().length();
            } else {
                counts[1]++;
            }
        });
        Runtime rt = Runtime.getRuntime();
        System.out.printf("documents %d, failures %d, chars %d, %.1f s, heap used %d MB, heap committed %d MB%n",
                counts[0], counts[1], counts[2], (System.nanoTime() - t0) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
    }
}
