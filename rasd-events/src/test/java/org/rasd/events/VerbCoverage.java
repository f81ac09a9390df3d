package org.rasd.events;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rasd.model.Sentence;

/**
 * Developer tool (not a test): for every verb entry of the trigger lexicon without next=/need= conditions,
 * whether its past form, alone and with و, is found as a trigger in a plain sentence — a check that the
 * segmentation does not eat verbs (ال in التقى, ب in بحث, ف in فرض).
 */
public final class VerbCoverage {
    public static void main(String[] args) throws Exception {
        PloverEventCoder coder = PloverEventCoder.loadDefault();
        TriggerFinder finder = new TriggerFinder(TriggerLexicon.loadDefault(), CueLexicon.loadDefault());
        MentionBuilder mentions = new MentionBuilder(AgentLexicon.loadDefault(),
                org.rasd.ner.PlaceGazetteer.loadDefault(), coder::known, org.rasd.ner.ActorLexicon.loadDefault());
        int total = 0;
        int missed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                PloverEventCoder.class.getResourceAsStream("triggers.ar.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("V\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length > 6 && (f[6].contains("next=") || f[6].contains("need="))) {
                    continue;
                }
                String past = f[1].split("/")[0].split("\\+")[0];
                for (String form : new String[] {past, "و" + past}) {
                    total++;
                    String text = System.getProperty("frame", "وقالت المصادر إن مصر {} الأردن في القاهرة أمس.").replace("{}", form);
                    List<Sentence> ss = Pipeline.sentences(text);
                    SentenceView v = SentenceView.of(text, ss.get(0), coder::known);
                    mentions.build(v, Pipeline.entities(text, ss), ss.get(0));
                    int at = text.indexOf(form) + form.length() - 1; // the verb's last letter (a clitic و is outside the token)
                    boolean found = finder.find(v, java.util.Set.of()).stream()
                            .anyMatch(c -> c.verb() && v.start[c.token] <= at && at < v.end[c.token]);
                    if (!found) {
                        missed++;
                        StringBuilder sb = new StringBuilder();
                        for (int i = 0; i < v.n; i++) {
                            sb.append(v.pro[i].isEmpty() ? "" : v.pro[i] + "+").append(v.stem[i]).append(v.article[i] ? "(ال)" : "").append(' ');
                        }
                        System.out.println("MISSED " + form + "\t" + f[2] + "\t" + sb);
                    }
                }
            }
        }
        System.out.println(missed + " of " + total + " verb forms not found");
    }
}
