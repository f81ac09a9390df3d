package org.rasd.ner.tagger;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rasd.ner.ActorLexicon;

/**
 * The training recipe behind {@code rasd train ner}: CoNLL data in, model bytes with a manifest out. Same data,
 * seed and date give the same bytes.
 */
public final class NerModelTrainer {
    /** The templates of the shipped model: every one that measurably helped in cross-validation. */
    public static final Set<FeatureTemplate> DEFAULT_TEMPLATES = EnumSet.complementOf(
            EnumSet.of(FeatureTemplate.CHAR_NGRAM, FeatureTemplate.BIGRAM));
    public static final int DEFAULT_EPOCHS = 10;
    public static final long DEFAULT_SEED = 42;
    /** The manifest date when none is given: the day this training recipe was fixed. */
    public static final String RECIPE_DATE = "2026-11-29";

    private NerModelTrainer() {
    }

    /** The default feature extractor over the bundled lexicon and word lists. */
    public static NerFeatures defaultFeatures() {
        return new NerFeatures(DEFAULT_TEMPLATES, ActorLexicon.loadDefault(), WordLists.loadDefault());
    }

    /** Trains on CoNLL bytes {@code data} (UTF-8) and returns the model file's bytes. */
    public static byte[] train(byte[] data, String dataName, long seed, int epochs, String date) throws IOException {
        String text = new String(data, StandardCharsets.UTF_8);
        List<LabeledSentence> sentences = ConllFormat.readLabeled(new BufferedReader(new StringReader(text)));
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException(dataName + ": no sentences");
        }
        NerFeatures features = defaultFeatures();
        SequenceModel model = new PerceptronTrainer(features, epochs, seed).train(sentences);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("component", ModelManifest.COMPONENT);
        m.put("format", String.valueOf(ModelManifest.FORMAT));
        m.put("featureSetVersion", String.valueOf(NerFeatures.VERSION));
        m.put("features", features.templates().stream().map(Enum::name).collect(Collectors.joining(",")));
        m.put("wordLists", WordLists.loadDefault().fingerprint());
        m.put("actorLexicon", ActorLexicon.fingerprint());
        m.put("trainingData", dataName);
        m.put("trainingDataSha256", sha256(data));
        m.put("sentences", String.valueOf(sentences.size()));
        m.put("tokens", String.valueOf(sentences.stream().mapToInt(s -> s.tokens().length).sum()));
        m.put("seed", String.valueOf(seed));
        m.put("epochs", String.valueOf(epochs));
        m.put("averagedRuns", String.valueOf(PerceptronTrainer.RUNS));
        m.put("featureBags", PerceptronTrainer.bagsDescriptor());
        m.put("date", date);
        m.put("rasdVersion", "0.1.0");
        m.put("licence", "Trained on ANERcorp (Benajiba et al.), redistributed under CC BY-SA 4.0; "
                + "this model is a derived work under the same licence.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(out, new NerTagger(model, features), new ModelManifest(m));
        return out.toByteArray();
    }

    /** The default manifest date: {@code SOURCE_DATE_EPOCH} (reproducible-builds convention) or the recipe date. */
    public static String defaultDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return java.time.LocalDate.ofEpochDay(Long.parseLong(epoch) / 86400).toString();
        }
        return RECIPE_DATE;
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
