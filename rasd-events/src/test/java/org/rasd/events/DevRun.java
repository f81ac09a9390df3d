package org.rasd.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.rasd.model.Document;
import org.rasd.model.EntityMention;
import org.rasd.model.Event;
import org.rasd.model.Sentence;
import org.rasd.ner.EntityRecognizer;
import org.rasd.text.ArabicTextAnalyzer;

/** Developer tool: prints mentions, triggers and events of a text file (not a test). */
public final class DevRun {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        List<Sentence> ss = ArabicTextAnalyzer.loadDefault().analyze(text);
        List<EntityMention> es = Pipeline.entities(text, ss);
        PloverEventCoder coder = PloverEventCoder.loadDefault();
        MentionBuilder mb = new MentionBuilder(AgentLexicon.loadDefault(), org.rasd.ner.PlaceGazetteer.loadDefault(), coder::known, org.rasd.ner.ActorLexicon.loadDefault());
        java.util.List<java.util.List<ArgMention>> all = new java.util.ArrayList<>();
        for (Sentence s : ss) {
            SentenceView v0 = SentenceView.of(text, s, coder::known);
            all.add(mb.build(v0, es.stream().filter(e -> e.sentence() == s.index()).toList(), s));
        }
        
        for (Sentence s : ss) {
            SentenceView v = SentenceView.of(text, s, coder::known);
            StringBuilder sb = new StringBuilder("S" + s.index() + ": ");
            for (int i = 0; i < v.n; i++) {
                sb.append(v.pro[i].isEmpty() ? "" : v.pro[i] + "+").append(v.stem[i])
                        .append(v.enc[i].isEmpty() ? "" : "+" + v.enc[i]).append(' ');
            }
            System.out.println(sb);
            for (ArgMention m : mb.build(v, es.stream().filter(e -> e.sentence() == s.index()).toList(), s)) {
                System.out.println("   M " + m.text() + " -> " + (m.actor() == null ? "-" : m.actor().name() + "/"
                        + m.actor().country() + m.actor().sector()) + (m.agent() != null ? " " + m.agent().agentClass() : "")
                        + (m.place() != null ? " @" + m.place().name() : ""));
            }
        }
        for (Event e : coder.code(new Document("d", text, date), ss, es)) {
            System.out.println(e.provenance().sentence() + " " + e.type() + " " + e.mode() + " " + e.aux() + " "
                    + e.provenance().triggerText() + " | A " + e.actor().stream().map(a -> a.actor().name() + "/" + a.actor().country()).toList()
                    + " | R " + e.recipient().stream().map(a -> a.actor().name() + "/" + a.actor().country()).toList()
                    + " | L " + e.location().stream().map(l -> l.text()).toList() + " " + e.date() + " "
                    + String.format("%.2f", e.provenance().confidence()) + " " + e.provenance().rule());
        }
    }
}
