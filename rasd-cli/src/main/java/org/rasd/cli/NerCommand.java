package org.rasd.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasd.ner.ActorLexicon;
import org.rasd.ner.EntityRecognizer;
import org.rasd.ner.tagger.DocumentHistory;
import org.rasd.ner.tagger.ModelFile;
import org.rasd.ner.tagger.NerTagger;
import org.rasd.ner.tagger.NerTags;
import org.rasd.ner.tagger.WordLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd ner --conll}: BIO tags for pre-tokenized CoNLL input. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tags pre-tokenized text with named-entity classes PER, ORG, LOC, MISC (BIO).",
            "Input: CoNLL, one token per line (first column; other columns ignored), a blank line between",
            "sentences. Output: token<TAB>tag per line, blank lines preserved. Sentences are read as one",
            "document, in order: earlier sentences inform later ones."})
public final class NerCommand implements Callable<Integer> {
    @Option(names = "--conll", required = true, paramLabel = "IN", description = "CoNLL file, or - for stdin.")
    String conll;

    @Option(names = "--model", paramLabel = "FILE", description = "A model made by `rasd train ner` (default: bundled).")
    Path model;

    @Override
    public Integer call() throws IOException {
        String text = TextInput.read(conll);
        NerTagger tagger = loadModel(model);
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        DocumentHistory history = new DocumentHistory();
        List<String> tokens = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                flush(tagger, history, tokens, out);
                if (nl >= 0) {
                    out.write('\n');
                }
            } else {
                int sp = 0;
                while (sp < line.length() && !Character.isWhitespace(line.charAt(sp))) {
                    sp++;
                }
                tokens.add(line.substring(0, sp));
            }
            start = end + 1;
        }
        flush(tagger, history, tokens, out);
        out.flush();
        return ExitCodes.OK;
    }

    private static void flush(NerTagger tagger, DocumentHistory history, List<String> tokens, Writer out)
            throws IOException {
        if (tokens.isEmpty()) {
            return;
        }
        String[] toks = tokens.toArray(new String[0]);
        int[] tags = tagger.tag(toks, history);
        for (int i = 0; i < toks.length; i++) {
            out.write(toks[i]);
            out.write('\t');
            out.write(NerTags.name(tags[i]));
            out.write('\n');
        }
        tokens.clear();
    }

    /** The bundled model, or the model in {@code file}, with one-line errors. */
    static NerTagger loadModel(Path file) {
        try {
            if (file == null) {
                return EntityRecognizer.loadDefault().tagger();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return ModelFile.read(in, ActorLexicon.loadDefault(), WordLists.loadDefault());
            }
        } catch (IllegalStateException e) {
            throw new UserException((file == null ? "bundled model" : file.toString()) + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read model: " + e.getMessage());
        }
    }
}
