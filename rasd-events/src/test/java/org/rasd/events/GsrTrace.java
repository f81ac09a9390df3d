package org.rasd.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.events.eval.GsrEvaluator;
import org.rasd.model.Document;
import org.rasd.model.Event;
import org.rasd.model.EventType;
import org.rasd.model.Sentence;

/** Developer tool: for each GSR sentence of a type, the ASSAULT/PROTEST candidates the rules weighed (not a test). */
public final class GsrTrace {
    public static void main(String[] args) {
        EventType type = EventType.valueOf(args[1]);
        String only = args.length > 2 ? args[2] : "F";
        List<PloverEventCoder.Recorded> rec = new ArrayList<>();
        PloverEventCoder coder = PloverEventCoder.withFilter(LogisticIncidentFilter.loadDefault(), rec::add);
        for (GsrEvaluator.Labelled l : GsrEvaluator.labelled(Path.of(args[0]), type)) {
            rec.clear();
            List<Sentence> ss = Pipeline.sentences(l.text());
            List<Event> es = coder.code(new Document("g", l.text(), null), ss, Pipeline.entities(l.text(), ss));
            boolean detected = es.stream().anyMatch(e -> e.type() == type);
            String tag = detected == l.positive() ? (l.positive() ? "TP" : "TN") : (detected ? "FP" : "FN");
            if (!tag.startsWith(only) && !only.equals("all")) {
                continue;
            }
            System.out.println(tag + "\t" + l.text());
            for (PloverEventCoder.Recorded r : rec) {
                if (r.type() == type) {
                    System.out.println("    " + (r.rulePasses() ? "PASS " : "fail ") + r.features());
                }
            }
        }
    }
}
