package org.rasd.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rasd.model.Sentence;
import org.rasd.model.Token;
import org.rasd.model.Word;
import org.rasd.text.ArabicTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rasd segment}: one sentence per line in, its UD-style words separated by spaces out. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Splits Arabic text into words following Universal Dependencies Arabic conventions:",
            "conjunctions و ف, prepositions ب ل ك, future س and attached pronouns become separate words;",
            "punctuation is its own word; words are surface substrings (للسلطة -> ل لسلطة).",
            "Input: plain UTF-8 text, one sentence per line. Output: one line per input line."})
public final class SegmentCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "-",
            description = "A UTF-8 text file, or - for stdin (default).")
    String file;

    @Override
    public Integer call() throws IOException {
        String text = TextInput.read(file);
        ArabicTextAnalyzer analyzer = ArabicTextAnalyzer.loadDefault();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        int n = text.length();
        int start = 0;
        while (start < n) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            String line = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            writeWords(analyzer.analyzeSentence(line), out);
            out.write('\n');
            start = end + 1;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void writeWords(Sentence sentence, Writer out) throws IOException {
        boolean first = true;
        for (Token t : sentence.tokens()) {
            for (Word w : t.words()) {
                if (!first) {
                    out.write(' ');
                }
                out.write(w.text());
                first = false;
            }
        }
    }
}
