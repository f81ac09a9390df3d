package org.rasd.ner.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.rasd.ner.ActorLexicon;

class ModelFileTest {
    /** A small synthetic corpus: people before verbs, places after في. */
    static byte[] corpus(long seed) {
        String[] people = {"أحمد", "سمير", "ليلى", "كريم", "هدى"};
        String[] places = {"بغداد", "دمشق", "عمان", "تونس", "الرباط"};
        String[] verbs = {"وصل", "غادر", "زار", "تحدث"};
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            b.append(verbs[r.nextInt(verbs.length)]).append(" O\n");
            b.append(people[r.nextInt(people.length)]).append(" B-PERS\n");
            b.append("في O\n");
            b.append(places[r.nextInt(places.length)]).append(" B-LOC\n\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameDataAndSeedGiveSameBytes() throws IOException {
        byte[] data = corpus(1);
        byte[] a = NerModelTrainer.train(data, "synthetic", 7, 3, "2026-01-01");
        byte[] b = NerModelTrainer.train(data, "synthetic", 7, 3, "2026-01-01");
        assertThat(a).isEqualTo(b);
        ModelManifest m = ModelFile.readManifest(new ByteArrayInputStream(a));
        assertThat(m.get("trainingDataSha256")).isEqualTo(NerModelTrainer.sha256(data));
        assertThat(m.get("seed")).isEqualTo("7");
        assertThat(m.get("date")).isEqualTo("2026-01-01");
        assertThat(m.get("features")).contains("WORD", "HISTORY");
    }

    @Test
    void aModelRoundTripsAndTags() throws IOException {
        byte[] a = NerModelTrainer.train(corpus(2), "synthetic", 7, 3, "2026-01-01");
        NerTagger t = ModelFile.read(new ByteArrayInputStream(a), ActorLexicon.loadDefault(), WordLists.loadDefault());
        int[] tags = t.tag(new String[] {"وصل", "كريم", "في", "دمشق"}, new DocumentHistory());
        assertThat(tags).containsExactly(NerTags.O, NerTags.parse("B-PER"), NerTags.O, NerTags.parse("B-LOC"));
    }

    /** A trained model whose manifest line {@code from} is replaced by {@code to}. */
    private static byte[] withManifestLine(String from, String to) throws IOException {
        byte[] a = NerModelTrainer.train(corpus(3), "synthetic", 7, 2, "2026-01-01");
        byte[] raw = new GZIPInputStream(new ByteArrayInputStream(a)).readAllBytes();
        String s = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(s).contains(from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void aModelOfAnotherFeatureSetIsRefused() throws IOException {
        byte[] model = withManifestLine("featureSetVersion=" + NerFeatures.VERSION, "featureSetVersion=0");
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(model),
                ActorLexicon.loadDefault(), WordLists.loadDefault()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("feature set v0")
                .hasMessageContaining("rasd train ner");
    }

    @Test
    void aModelTrainedWithAnotherActorLexiconIsRefused() throws IOException {
        byte[] model = withManifestLine("actorLexicon=" + ActorLexicon.fingerprint(), "actorLexicon=1l-0");
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(model),
                ActorLexicon.loadDefault(), WordLists.loadDefault()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actor lexicon")
                .hasMessageContaining("rasd train ner");
    }

    @Test
    void notAModelIsAnIoError() {
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3}),
                ActorLexicon.loadDefault(), WordLists.loadDefault())).isInstanceOf(IOException.class);
    }

    @Test
    void bundledModelMatchesTheBundledLexiconsAndLoads() throws IOException {
        // load time is measured by `rasd bench analyze` (docs/benchmarks.md), not asserted here
        var in = getClass().getResourceAsStream("/org/rasd/ner/ner-model.bin.gz");
        NerTagger t = ModelFile.read(in, ActorLexicon.loadDefault(), WordLists.loadDefault());
        assertThat(t.model().featureCount()).isGreaterThan(10_000);
    }
}
