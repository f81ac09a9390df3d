package org.rasd.ner.tagger;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rasd.ner.ActorLexicon;

/**
 * Reads and writes tagger models: gzip of a manifest (text) and the weights, quantized to 16 bits with one
 * scale and stored sparsely (features sorted by id, delta-coded; per feature a mask of its non-zero tags).
 * Writing is deterministic (sorted order; Java's gzip header has no timestamp), so the same model gives the
 * same bytes.
 */
public final class ModelFile {
    private static final String MAGIC = "RASD-NER-MODEL";

    private ModelFile() {
    }

    /** Writes {@code tagger}'s model with {@code manifest}. */
    public static void write(OutputStream out, NerTagger tagger, ModelManifest manifest) throws IOException {
        SequenceModel m = tagger.model();
        int t = SequenceModel.T;
        float maxAbs = 0;
        for (float w : m.weights) {
            maxAbs = Math.max(maxAbs, Math.abs(w));
        }
        float scale = maxAbs == 0 ? 1 : maxAbs / 32767f;
        int[] keys = m.index.keysByRow();
        long[] order = new long[keys.length];
        for (int r = 0; r < keys.length; r++) {
            order[r] = (Integer.toUnsignedLong(keys[r]) << 32) | r;
        }
        Arrays.sort(order);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        d.writeInt(t);
        for (float w : m.transitions) {
            d.writeFloat(w);
        }
        d.writeFloat(scale);
        int kept = 0;
        ByteArrayOutputStream feats = new ByteArrayOutputStream();
        DataOutputStream fd = new DataOutputStream(feats);
        long prev = 0;
        short[] q = new short[t];
        for (long o : order) {
            int row = (int) o;
            long key = o >>> 32;
            int mask = 0;
            for (int k = 0; k < t; k++) {
                q[k] = (short) Math.round(m.weights[row * t + k] / scale);
                if (q[k] != 0) {
                    mask |= 1 << k;
                }
            }
            if (mask == 0) {
                continue; // pruned: too small to change any decision at this precision
            }
            writeVarLong(fd, key - prev);
            prev = key;
            fd.writeShort(mask);
            for (int k = 0; k < t; k++) {
                if (q[k] != 0) {
                    fd.writeShort(q[k]);
                }
            }
            kept++;
        }
        d.writeInt(kept);
        fd.flush();
        feats.writeTo(d);
        d.flush();
        GZIPOutputStream gz = new GZIPOutputStream(out);
        gz.write((MAGIC + "\n" + manifest.toText() + "\n").getBytes(StandardCharsets.UTF_8));
        body.writeTo(gz);
        gz.finish();
        gz.flush();
    }

    /** The manifest of a model file, without reading the weights. */
    public static ModelManifest readManifest(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        return header(d);
    }

    /**
     * Reads a model and checks its manifest against this code: format and feature-set version must match.
     *
     * @throws IllegalStateException with a one-line explanation when the model does not fit this code
     */
    public static NerTagger read(InputStream in, ActorLexicon lexicon, WordLists lists) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
        ModelManifest manifest = header(d);
        String format = manifest.get("format");
        String version = manifest.get("featureSetVersion");
        if (!String.valueOf(ModelManifest.FORMAT).equals(format)
                || !String.valueOf(NerFeatures.VERSION).equals(version)) {
            throw new IllegalStateException("NER model was made for model format " + format + ", feature set v"
                    + version + ", but this code reads format " + ModelManifest.FORMAT + ", feature set v"
                    + NerFeatures.VERSION + "; retrain it with `rasd train ner`");
        }
        String expectedLists = lists.fingerprint();
        if (!expectedLists.equals(manifest.get("wordLists"))) {
            throw new IllegalStateException("NER model was trained with other word lists (clusters, names: "
                    + manifest.get("wordLists") + ", bundled: " + expectedLists + "); retrain it with `rasd train ner`");
        }
        String expectedLexicon = ActorLexicon.fingerprint();
        if (!expectedLexicon.equals(manifest.get("actorLexicon"))) {
            throw new IllegalStateException("NER model was trained with another actor lexicon (" + manifest.get("actorLexicon")
                    + ", bundled: " + expectedLexicon + "); retrain it with `rasd train ner`");
        }
        EnumSet<FeatureTemplate> templates = EnumSet.noneOf(FeatureTemplate.class);
        for (String name : manifest.get("features").split(",")) {
            try {
                templates.add(FeatureTemplate.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("NER model uses feature template " + name
                        + " that this code does not know; retrain it with `rasd train ner`");
            }
        }
        int t = d.readInt();
        if (t != SequenceModel.T) {
            throw new IllegalStateException("NER model has " + t + " tags, this code " + SequenceModel.T);
        }
        float[] trans = new float[(t + 1) * t];
        for (int i = 0; i < trans.length; i++) {
            trans[i] = d.readFloat();
        }
        float scale = d.readFloat();
        int n = d.readInt();
        FeatureIndex index = new FeatureIndex(n);
        float[] weights = new float[n * t];
        long key = 0;
        for (int r = 0; r < n; r++) {
            key += readVarLong(d);
            index.put((int) key, r);
            int mask = d.readShort() & 0xFFFF;
            for (int k = 0; k < t; k++) {
                if ((mask & (1 << k)) != 0) {
                    weights[r * t + k] = d.readShort() * scale;
                }
            }
        }
        return new NerTagger(new SequenceModel(index, weights, trans), new NerFeatures(templates, lexicon, lists));
    }

    private static ModelManifest header(DataInputStream d) throws IOException {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int newlines = 0;
        int prev = -1;
        while (true) {
            int c = d.read();
            if (c < 0) {
                throw new IOException("not a Rasd NER model (truncated header)");
            }
            if (c == '\n' && prev == '\n') {
                break;
            }
            text.write(c);
            prev = c;
            if (c == '\n' && ++newlines == 1 && !text.toString(StandardCharsets.UTF_8).equals(MAGIC + "\n")) {
                throw new IOException("not a Rasd NER model");
            }
            if (text.size() > 1 << 16) {
                throw new IOException("not a Rasd NER model (header too long)");
            }
        }
        String s = text.toString(StandardCharsets.UTF_8);
        return ModelManifest.parse(s.substring(s.indexOf('\n') + 1));
    }

    private static void writeVarLong(DataOutputStream d, long v) throws IOException {
        while ((v & ~0x7FL) != 0) {
            d.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        d.writeByte((int) v);
    }

    private static long readVarLong(DataInputStream d) throws IOException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = d.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }
}
