package org.rasd.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasd.model.Span;

/**
 * Gold segmentations read from a CoNLL-U treebank: each sentence's raw {@code # text} and its words
 * (FORM column) aligned to character offsets in that text. Multi-word token range lines are skipped:
 * the treebanks this reads (UD Arabic-PUD as distributed here) list surface words directly.
 *
 * @param text  the raw sentence
 * @param words gold word spans in {@code text}, in order
 * @param unaligned gold words that could not be found in the text (still counted for recall)
 */
public record ConlluSegmentation(String text, List<Span> words, int unaligned) {
    public ConlluSegmentation {
        words = List.copyOf(words);
    }

    /** Reads every sentence of a CoNLL-U file; throws {@link IOException} with the line on bad input. */
    public static List<ConlluSegmentation> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<ConlluSegmentation> out = new ArrayList<>();
        String text = null;
        List<String> forms = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                if (text != null || !forms.isEmpty()) {
                    out.add(align(text, forms, lineNo));
                }
                text = null;
                forms = new ArrayList<>();
            } else if (line.startsWith("# text =")) {
                text = line.substring("# text =".length()).strip();
            } else if (!line.startsWith("#")) {
                String[] cols = line.split("\t");
                if (cols.length < 2) {
                    throw new IOException(file + ":" + lineNo + ": not a CoNLL-U word line");
                }
                if (cols[0].contains("-") || cols[0].contains(".")) {
                    continue;
                }
                forms.add(cols[1]);
            }
        }
        if (text != null || !forms.isEmpty()) {
            out.add(align(text, forms, lineNo));
        }
        return out;
    }

    private static ConlluSegmentation align(String text, List<String> forms, int lineNo) throws IOException {
        if (text == null) {
            throw new IOException("sentence ending at line " + lineNo + " has no '# text =' line");
        }
        List<Span> spans = new ArrayList<>(forms.size());
        int pos = 0;
        int unaligned = 0;
        for (String form : forms) {
            int at = text.indexOf(form, pos);
            if (at < 0) {
                unaligned++;
                continue;
            }
            spans.add(new Span(at, at + form.length()));
            pos = at + form.length();
        }
        return new ConlluSegmentation(text, spans, unaligned);
    }
}
