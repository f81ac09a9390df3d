package org.rasd.events;

import java.nio.file.Path;
import org.rasd.events.eval.GsrEvaluator;
import org.rasd.model.EventType;
import org.rasd.text.ArabicTextAnalyzer;

/** Developer tool: GSR scores with the test entity stand-in (not a test). */
public final class GsrRun {
    public static void main(String[] args) {
        GsrEvaluator ev = new GsrEvaluator(ArabicTextAnalyzer.loadDefault(), (t, ss) -> Pipeline.entities(t, ss),
                PloverEventCoder.loadDefault());
        for (EventType t : new EventType[] {EventType.ASSAULT, EventType.PROTEST}) {
            for (int h = -1; h < 2; h++) {
                int hh = h;
                GsrEvaluator.TypeScore s = ev.score(Path.of(args[0]), t, h < 0 ? d -> true : GsrEvaluator.half(hh));
                System.out.printf("%s half=%d P=%.3f R=%.3f F1=%.3f tp=%d fp=%d fn=%d | country %d/%d (gold %d) acc=%.3f%n",
                        t, h, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), s.countryRight(), s.countryCoded(),
                        s.countryGold(), s.countryAccuracy());
            }
        }
    }
}
