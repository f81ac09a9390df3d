package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.model.Document;
import org.rasd.model.Sentence;

/** Developer tool: the ASSAULT/PROTEST candidates the rules weighed in a text file, and whether they passed (not a test). */
public final class TextTrace {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        List<PloverEventCoder.Recorded> rec = new ArrayList<>();
        PloverEventCoder coder = PloverEventCoder.withFilter(LogisticIncidentFilter.loadDefault(), rec::add);
        List<Sentence> ss = Pipeline.sentences(text);
        coder.code(new Document("t", text, null), ss, Pipeline.entities(text, ss));
        for (PloverEventCoder.Recorded r : rec) {
            System.out.println((r.rulePasses() ? "PASS " : "fail ") + r.features());
        }
    }
}
