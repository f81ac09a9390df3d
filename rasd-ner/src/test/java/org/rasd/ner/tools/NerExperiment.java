package org.rasd.ner.tools;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rasd.ner.ActorLexicon;
import org.rasd.ner.tagger.ConllFormat;
import org.rasd.ner.tagger.CrossValidator;
import org.rasd.ner.tagger.FeatureTemplate;
import org.rasd.ner.tagger.LabeledSentence;
import org.rasd.ner.tagger.NerFeatures;
import org.rasd.ner.tagger.SpanScores;
import org.rasd.ner.tagger.WordLists;

/** Feature ablation: cross-validated F1 with all templates and with each one left out. Args: file k epochs [only|-X,...]. */
public final class NerExperiment {
    public static void main(String[] args) throws Exception {
        List<LabeledSentence> data;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            data = ConllFormat.readLabeled(r);
        }
        int k = Integer.parseInt(args[1]);
        int epochs = Integer.parseInt(args[2]);
        ActorLexicon lex = ActorLexicon.loadDefault();
        WordLists lists = WordLists.loadDefault();
        for (int a = 3; a < args.length; a++) {
            Set<FeatureTemplate> set = EnumSet.allOf(FeatureTemplate.class);
            for (String x : args[a].split(",")) {
                if (x.startsWith("+")) {
                    set.add(FeatureTemplate.valueOf(x.substring(1)));
                }
                if (x.startsWith("-")) {
                    set.remove(FeatureTemplate.valueOf(x.substring(1)));
                }
            }
            long t0 = System.nanoTime();
            NerFeatures f = new NerFeatures(set, lex, lists);
            SpanScores s = new CrossValidator(f, epochs, 42, Boolean.getBoolean("interleaved")).run(data, k, x -> System.out.printf("  fold F1 %.4f%n", x.prf(null)[2]));
            System.out.printf("%s epochs=%d  micro F1 %.4f  (%.1f s)%n", args[a], epochs, s.prf(null)[2],
                    (System.nanoTime() - t0) / 1e9);
            System.out.print(s.table());
        }
    }
}
