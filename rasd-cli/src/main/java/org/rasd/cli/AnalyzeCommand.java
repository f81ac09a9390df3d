package org.rasd.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.rasd.ingest.DocumentReader;
import org.rasd.model.Document;
import org.rasd.pipeline.ContractJson;
import org.rasd.pipeline.JsonlAnalysis;
import org.rasd.pipeline.RasdPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasd analyze}: one document to one JSON object, or JSON Lines to JSON Lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyzes Arabic text: sentences, entities and coded PLOVER events, as contract JSON.",
            "FILE (or - for stdin) is one UTF-8 document; with --jsonl, one JSON object per line:",
            "{\"id\": ..., \"text\": ..., \"date\": \"YYYY-MM-DD\"}. A bad line gives an error line; the rest go on."})
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "A UTF-8 text file, or - for stdin.")
    String file;

    @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "Analyze JSON Lines (a file, or - for stdin).")
    String jsonl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of the document.")
    LocalDate date;

    @Option(names = "--id", description = "Document id (default: the file name).")
    String id;

    @Option(names = "--threads", description = "Worker threads for --jsonl (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", description = "Indent the JSON of a single document.")
    boolean pretty;

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (jsonl == null)) {
            throw new UserException("give either FILE or --jsonl IN.jsonl", ExitCodes.USAGE);
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1", ExitCodes.USAGE);
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        if (jsonl != null) {
            return analyzeJsonl(out);
        }
        String text = TextInput.read(file);
        String docId = id != null ? id : "-".equals(file) ? "stdin" : Path.of(file).getFileName().toString();
        RasdPipeline pipeline = RasdPipeline.loadDefault();
        var json = ContractJson.toJson(pipeline.analyze(new Document(docId, text, date)));
        out.write(pretty ? json.toPrettyString() : json.toString());
        out.write('\n');
        out.flush();
        return ExitCodes.OK;
    }

    private int analyzeJsonl(Writer out) throws IOException {
        InputStream in;
        try {
            in = "-".equals(jsonl) ? System.in : Files.newInputStream(Path.of(jsonl));
        } catch (NoSuchFileException e) {
            throw new UserException(jsonl + ": no such file");
        } catch (IOException e) {
            throw new UserException(jsonl + ": cannot read: " + e.getMessage());
        }
        RasdPipeline pipeline = RasdPipeline.loadDefault();
        JsonlAnalysis.Summary summary;
        // the ingest stage's JSONL reader: the same parsing, UTF-8 checks and limits as rasd ingest
        try (in; JsonlAnalysis run = new JsonlAnalysis(pipeline, threads, out)) {
            new DocumentReader().readJsonl("-".equals(jsonl) ? "stdin" : jsonl, in, item -> run.accept(item.ok()
                    ? JsonlAnalysis.Item.of(item.document())
                    : JsonlAnalysis.Item.failed(item.id(), item.error())));
            summary = run.finish();
        } catch (UncheckedIOException e) {
            throw new UserException(jsonl + ": write error: " + e.getCause().getMessage());
        }
        if (summary.errors() > 0) {
            System.err.println("rasd: " + summary.errors() + " of " + (summary.documents() + summary.errors())
                    + " lines could not be analyzed (see their error lines)");
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.OK;
    }
}
