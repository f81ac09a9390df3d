package org.rasd.ner.tagger;

import java.util.ArrayList;
import java.util.List;

/** A trained sequence model with the features it was trained on: tags whole documents, sentence by sentence. */
public final class NerTagger {
    private final SequenceModel model;
    private final NerFeatures features;

    public NerTagger(SequenceModel model, NerFeatures features) {
        this.model = model;
        this.features = features;
    }

    public SequenceModel model() {
        return model;
    }

    public NerFeatures features() {
        return features;
    }

    /** Tags of one sentence given what the document said before; records the result into {@code history}. */
    public int[] tag(String[] tokens, DocumentHistory history) {
        int[] tags = model.decode(features.extract(tokens, history));
        if (history != null) {
            history.record(NerFeatures.stemKeys(tokens), tags);
        }
        return tags;
    }

    /** Tags of each sentence of a document, in order. */
    public List<int[]> tagDocument(List<String[]> sentences) {
        DocumentHistory history = new DocumentHistory();
        List<int[]> out = new ArrayList<>(sentences.size());
        for (String[] s : sentences) {
            out.add(tag(s, history));
        }
        return out;
    }
}
