package org.rasd.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.ner.tagger.NerModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rasd train ner}: trains the NER model; same data, seed and date give the same bytes. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Trains the named-entity tagger (averaged perceptron) on CoNLL data and writes a model",
            "file whose manifest records the data's SHA-256, feature set, seed, epochs and date.",
            "To refresh the bundled model: --out rasd-ner/src/main/resources/org/rasd/ner/ner-model.bin.gz"})
public final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/ner/anercorp/train.txt",
            description = "CoNLL training data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--seed", defaultValue = "" + NerModelTrainer.DEFAULT_SEED, description = "Shuffling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--epochs", defaultValue = "" + NerModelTrainer.DEFAULT_EPOCHS, description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date for the manifest (default: SOURCE_DATE_EPOCH, else the recipe date).")
    String date;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "ner-model.bin.gz", description = "Output (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (epochs < 1) {
            throw new UserException("--epochs must be at least 1", ExitCodes.USAGE);
        }
        if (date != null && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new UserException("--date must be YYYY-MM-DD", ExitCodes.USAGE);
        }
        byte[] bytes = TextInput.readBytes(data.toString());
        TextInput.decode(bytes, data.toString());
        long t0 = System.nanoTime();
        byte[] model;
        try {
            model = NerModelTrainer.train(bytes, data.getFileName().toString(), seed, epochs,
                    date != null ? date : NerModelTrainer.defaultDate());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        try {
            Files.write(out, model);
        } catch (IOException e) {
            throw new UserException(out + ": cannot write: " + e.getMessage());
        }
        System.out.printf("wrote %s (%d bytes, SHA-256 %s) in %.0f s%n", out, model.length,
                NerModelTrainer.sha256(model), (System.nanoTime() - t0) / 1e9);
        return ExitCodes.OK;
    }
}
