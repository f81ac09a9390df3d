package org.rasd.events;

import java.nio.file.Path;
import java.util.List;
import org.rasd.events.eval.GsrEvaluator;
import org.rasd.model.Event;
import org.rasd.model.EventType;

/** Developer tool: the GSR sentences of a type the coder gets wrong (FP / FN), with the rule that fired (not a test). */
public final class GsrErrors {
    public static void main(String[] args) {
        EventType type = EventType.valueOf(args[1]);
        boolean all = args.length > 2 && args[2].equals("all");
        for (GsrEvaluator.Labelled l : GsrEvaluator.labelled(Path.of(args[0]), type)) {
            List<Event> es = Pipeline.events(l.text(), null);
            StringBuilder fired = new StringBuilder();
            boolean detected = false;
            for (Event e : es) {
                if (e.type() == type) {
                    detected = true;
                    fired.append(e.provenance().rule()).append('|').append(e.provenance().triggerText()).append('|')
                            .append(String.format("%.2f", e.provenance().confidence())).append('|').append(e.aux()).append(' ');
                }
            }
            String tag = detected == l.positive() ? (l.positive() ? "TP" : "TN") : (detected ? "FP" : "FN");
            if (all || tag.startsWith("F")) {
                System.out.println(tag + "\t" + l.id() + "\t" + fired.toString().trim() + "\t" + l.text());
            }
        }
    }
}
