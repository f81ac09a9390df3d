package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rasd.model.Event;

/** Developer tool: gold actor country vs coded actors on the GSR span sentences (not a test). */
public final class GsrActors {
    public static void main(String[] args) throws Exception {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] p = line.split("\t", 2);
            String type = p[0].split("\\|")[0];
            StringBuilder sb = new StringBuilder(p[0]);
            for (Event e : Pipeline.events(p[1], null)) {
                if (e.type().name().equals(type)) {
                    sb.append(" [").append(e.provenance().triggerText()).append(" A=")
                            .append(e.actor().stream().map(a -> a.text() + "/" + a.actor().country()).toList()).append(']');
                }
            }
            System.out.println(sb + " :: " + p[1].substring(0, Math.min(140, p[1].length())));
        }
    }
}
