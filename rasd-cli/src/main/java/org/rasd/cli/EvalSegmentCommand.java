package org.rasd.cli;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasd.text.ArabicTextAnalyzer;
import org.rasd.text.CliticModelTrainer;
import org.rasd.text.ConlluSegmentation;
import org.rasd.text.SegmentationEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd eval segment}: word precision, recall and F1 of the segmenter against a CoNLL-U treebank. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Scores word segmentation against a CoNLL-U treebank (UD Arabic-PUD conventions).",
            "Each sentence's raw '# text' is segmented; a word is correct when a gold word has the same",
            "character offsets in that sentence. Prints word precision, recall and F1."})
public final class EvalSegmentCommand implements Callable<Integer> {
    @Option(names = "--conllu", required = true, paramLabel = "FILE", description = "Gold CoNLL-U file.")
    Path conllu;

    @Option(names = "--part", paramLabel = "all|even|odd", defaultValue = "all",
            description = "Score every sentence (default) or every other one, for held-out checks.")
    String part;

    @Override
    public Integer call() {
        if (!List.of("all", "even", "odd").contains(part)) {
            throw new UserException("--part must be all, even or odd", ExitCodes.USAGE);
        }
        List<ConlluSegmentation> gold;
        try {
            if (Files.isDirectory(conllu)) {
                throw new UserException(conllu + ": is a directory");
            }
            gold = CliticModelTrainer.part(ConlluSegmentation.read(conllu), part);
        } catch (NoSuchFileException e) {
            throw new UserException(conllu + ": no such file");
        } catch (MalformedInputException e) {
            throw new UserException(conllu + ": invalid UTF-8");
        } catch (IOException e) {
            throw new UserException(conllu + ": " + e.getMessage());
        }
        if (gold.isEmpty()) {
            throw new UserException(conllu + ": no sentences");
        }
        SegmentationEvaluator.Scores s = new SegmentationEvaluator(ArabicTextAnalyzer.loadDefault()).evaluate(gold);
        System.out.printf(Locale.ROOT, "sentences  %d%n", s.sentences());
        System.out.printf(Locale.ROOT, "words      gold %d, predicted %d, correct %d%n", s.gold(), s.predicted(),
                s.correct());
        System.out.printf(Locale.ROOT, "precision  %.4f%n", s.precision());
        System.out.printf(Locale.ROOT, "recall     %.4f%n", s.recall());
        System.out.printf(Locale.ROOT, "F1         %.4f%n", s.f1());
        return ExitCodes.OK;
    }
}
