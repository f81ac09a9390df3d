package org.rasd.store;

import java.util.List;

/**
 * What one ingest run did.
 *
 * @param ingested  new documents stored
 * @param updated   documents whose id was known with another text, replaced
 * @param unchanged documents whose text was already stored (by content hash): nothing added
 * @param failed    inputs that could not be read or analyzed (kept in the store, see {@code rasd failures})
 * @param failures  the first failures of this run, with reasons
 * @param seconds   wall time of the run
 */
public record IngestSummary(long ingested, long updated, long unchanged, long failed, List<Failure> failures,
                            double seconds) {
    public IngestSummary {
        failures = List.copyOf(failures);
    }

    /** Documents analyzed and written per second. */
    public double rate() {
        return seconds <= 0 ? 0 : (ingested + updated) / seconds;
    }
}
