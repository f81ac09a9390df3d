package org.rasd.ingest;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rasd.model.Document;
import org.rasd.pipeline.RasdPipeline;

/** Fuzzes the whole analysis (text, entities, events) through {@code RasdPipeline.loadDefault().analyze}. */
class PipelineFuzzTest {
    @Test
    void analyzeNeverThrowsAndKeepsEveryOffsetValid() {
        FuzzInputs in = new FuzzInputs(3, FuzzRun.seeds());
        RasdPipeline pipeline = RasdPipeline.loadDefault();
        FuzzRun.run("pipeline/analyze", FuzzInputs.count(1500), () -> in.text(800), FuzzInputs::show, t -> {
            LocalDate date = in.random().nextBoolean() ? LocalDate.of(2026, 3, 17) : null;
            return OffsetInvariants.analyzed(t, pipeline.analyze(new Document("fuzz", t, date)));
        });
    }
}
