package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rasd.model.Event;

/** Developer tool: one line per GSR sentence with its coded events of a type (not a test). */
public final class GsrDump {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split("\t", 2);
            List<Event> es = Pipeline.events(p[1], null);
            StringBuilder sb = new StringBuilder(p[0]);
            for (Event e : es) {
                if (e.type().name().equals(args[1])) {
                    sb.append('\t').append(e.provenance().rule()).append('|').append(e.provenance().triggerText())
                            .append('|').append(String.format("%.2f", e.provenance().confidence())).append('|')
                            .append(e.aux()).append('|').append(e.actor().size()).append('|').append(e.recipient().size())
                            .append('|').append(e.location().size());
                }
            }
            System.out.println(sb + "\t#" + p[1]);
        }
    }
}
