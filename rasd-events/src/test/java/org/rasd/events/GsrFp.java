package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rasd.model.Event;

/** Developer tool: prints coded events of GSR sentences with their label (not a test). */
public final class GsrFp {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split("\t", 2);
            List<Event> es = Pipeline.events(p[1], null);
            for (Event e : es) {
                if (e.type().name().equals(args[1])) {
                    System.out.println(p[0] + "\t" + e.provenance().rule() + "\t" + e.provenance().triggerText() + "\t"
                            + String.format("%.2f", e.provenance().confidence()) + "\t" + e.aux());
                }
            }
        }
    }
}
