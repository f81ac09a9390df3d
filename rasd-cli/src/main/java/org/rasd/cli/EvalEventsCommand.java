package org.rasd.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasd.events.PloverEventCoder;
import org.rasd.events.eval.GsrEvaluator;
import org.rasd.model.EventType;
import org.rasd.ner.EntityRecognizer;
import org.rasd.text.ArabicTextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasd eval events --gsr DIR}: ASSAULT and PROTEST detection precision, recall and F1 on the Arabic
 * event gold standard, and actor-country accuracy on its span files (see {@link GsrEvaluator}).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Scores the event coder on the Arabic GSR files: ASSAULT/PROTEST detection P/R/F1 and "
                + "actor-country accuracy.")
public final class EvalEventsCommand implements Callable<Integer> {
    @Option(names = "--gsr", required = true, paramLabel = "DIR",
            description = "Folder with assault_gsr.csv, protest_gsr.csv and the *_spans.jsonl files.")
    Path gsr;

    @Option(names = "--half", paramLabel = "0|1",
            description = "Score only one half of the source documents (a stable split), to check stability.")
    Integer half;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gsr)) {
            throw new UserException("not a directory: " + gsr);
        }
        if (!Files.isRegularFile(gsr.resolve("assault_gsr.csv")) || !Files.isRegularFile(gsr.resolve("protest_gsr.csv"))) {
            throw new UserException("no assault_gsr.csv / protest_gsr.csv in " + gsr);
        }
        if (half != null && half != 0 && half != 1) {
            throw new UserException("--half must be 0 or 1");
        }
        GsrEvaluator ev = new GsrEvaluator(ArabicTextAnalyzer.loadDefault(), EntityRecognizer.loadDefault(),
                PloverEventCoder.loadDefault());
        System.out.println("type\tprecision\trecall\tf1\ttp\tfp\tfn\ttn\tcountry_accuracy\tcountry_right\tcountry_coded\tcountry_gold");
        for (EventType t : new EventType[] {EventType.ASSAULT, EventType.PROTEST}) {
            GsrEvaluator.TypeScore s = ev.score(gsr, t, half == null ? d -> true : GsrEvaluator.half(half));
            System.out.printf("%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%.3f\t%d\t%d\t%d%n", t, s.precision(), s.recall(),
                    s.f1(), s.tp(), s.fp(), s.fn(), s.tn(), s.countryAccuracy(), s.countryRight(), s.countryCoded(),
                    s.countryGold());
        }
        return 0;
    }
}
