package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rasd.model.Event;

/** Developer tool: prints sentences with the coded events of one type (not a test). */
public final class GsrShow {
    public static void main(String[] args) throws Exception {
        int shown = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split("\t", 2);
            List<Event> es = Pipeline.events(p[1], null);
            StringBuilder sb = new StringBuilder();
            for (Event e : es) {
                if (e.type().name().equals(args[1])) {
                    sb.append(" [").append(e.provenance().triggerText()).append(' ')
                            .append(String.format("%.2f", e.provenance().confidence())).append(' ').append(e.aux()).append(']');
                }
            }
            if (sb.length() > 0 && shown++ < Integer.parseInt(args[2])) {
                System.out.println(p[0] + sb + " :: " + p[1].substring(0, Math.min(160, p[1].length())));
            }
        }
    }
}
