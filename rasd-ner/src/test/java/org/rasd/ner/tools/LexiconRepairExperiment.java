package org.rasd.ner.tools;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rasd.model.EntityMention;
import org.rasd.model.Sentence;
import org.rasd.ner.ActorLexicon;
import org.rasd.ner.EntityRecognizer;
import org.rasd.ner.tagger.ConllFormat;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.ner.tagger.LabeledSentence;
import org.rasd.ner.tagger.NerModelTrainer;
import org.rasd.ner.tagger.NerTagger;
import org.rasd.ner.tagger.NerTags;
import org.rasd.ner.tagger.PerceptronTrainer;
import org.rasd.ner.tagger.SequenceModel;
import org.rasd.ner.tagger.SpanScores;
import org.rasd.text.ArabicTextAnalyzer;

/**
 * Developer tool (not a test): does the recognizer's lexicon repair (tagger + actor lexicon, as in
 * {@code rasd analyze}) score better on CoNLL than the tagger alone? Contiguous held-out block: train on all but
 * fold {@code k} of 5, score fold k both ways, entity spans projected back onto the CoNLL tokens.
 * Usage: LexiconRepairExperiment train.txt [fold 0-4] [epochs]
 */
public final class LexiconRepairExperiment {
    public static void main(String[] args) throws Exception {
        List<LabeledSentence> all;
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[0]))) {
            all = ConllFormat.readLabeled(r);
        }
        int fold = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int n = all.size();
        int from = n * fold / 5;
        int to = n * (fold + 1) / 5;
        List<LabeledSentence> train = new ArrayList<>(all.subList(0, from));
        train.addAll(all.subList(to, n));
        List<LabeledSentence> test = all.subList(from, to);
        var features = NerModelTrainer.defaultFeatures();
        SequenceModel model = new PerceptronTrainer(features, epochs, 42).train(train);
        NerTagger tagger = new NerTagger(model, features);

        SpanScores alone = new SpanScores();
        DocumentHistory history = new DocumentHistory();
        for (LabeledSentence t : test) {
            alone.add(t.tags(), tagger.tag(t.tokens(), history));
        }

        // the same sentences as one document, one line each, through the text layer and the recognizer
        StringBuilder text = new StringBuilder();
        List<int[]> tokenStarts = new ArrayList<>();
        for (LabeledSentence t : test) {
            int[] starts = new int[t.tokens().length + 1];
            for (int i = 0; i < t.tokens().length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(t.tokens()[i]);
            }
            starts[t.tokens().length] = text.length();
            tokenStarts.add(starts);
            text.append('\n');
        }
        String doc = text.toString();
        List<Sentence> sentences = ArabicTextAnalyzer.loadDefault().analyze(doc);
        List<EntityMention> found = new EntityRecognizer(tagger, ActorLexicon.loadDefault()).find(doc, sentences);
        SpanScores repaired = new SpanScores();
        int m = 0;
        for (int s = 0; s < test.size(); s++) {
            LabeledSentence t = test.get(s);
            int[] starts = tokenStarts.get(s);
            int[] tags = new int[t.tokens().length];
            Arrays.fill(tags, NerTags.O);
            int sentenceEnd = starts[t.tokens().length];
            while (m < found.size() && found.get(m).span().start() < sentenceEnd) {
                EntityMention e = found.get(m++);
                boolean first = true;
                for (int i = 0; i < tags.length; i++) {
                    int ts = starts[i];
                    int te = ts + t.tokens()[i].length();
                    if (ts < e.span().end() && e.span().start() < te) {
                        tags[i] = NerTags.parse((first ? "B-" : "I-") + e.type().name());
                        first = false;
                    }
                }
            }
            repaired.add(t.tags(), tags);
        }
        System.out.println("fold " + fold + ", " + test.size() + " test sentences");
        System.out.println("== tagger alone");
        System.out.print(alone.table());
        System.out.println("== tagger + lexicon repair (recognizer)");
        System.out.print(repaired.table());
    }
}
