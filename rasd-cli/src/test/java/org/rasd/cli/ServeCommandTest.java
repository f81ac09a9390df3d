package org.rasd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rasd serve} as a real process: it prints its URL, answers on it, and refuses a busy data dir. */
class ServeCommandTest {
    @TempDir
    Path tmp;

    @Test
    void printsTheUrlAndServesTheApi() throws Exception {
        Path data = tmp.resolve("data");
        Path in = tmp.resolve("a.txt");
        Files.writeString(in, "وصل الوفد إلى الرياض.", StandardCharsets.UTF_8);
        assertThat(CliRun.of("ingest", "--data-dir", data.toString(), in.toString()).exit()).isZero();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.rasd.cli.RasdCommand", "serve", "--port", "0",
                "--data-dir", data.toString()).redirectError(tmp.resolve("err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).as(Files.readString(tmp.resolve("err"))).isNotNull().contains("(read-only)");
            Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            HttpResponse<String> stats = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(m.group(1) + "api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(stats.body()).contains("\"documents\":1");

            CliRun busy = CliRun.of("ingest", "--data-dir", data.toString(), in.toString());
            assertThat(busy.exit()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(busy.err()).contains("in use by another rasd process");
        } finally {
            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void emptyOrMissingTokenFileIsAOneLineError() throws Exception {
        Path empty = tmp.resolve("token");
        Files.writeString(empty, "  \n");
        CliRun r = CliRun.of("serve", "--port", "0", "--data-dir",
                tmp.resolve("d").toString(), "--token-file", empty.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("the token file is empty");
        CliRun missing = CliRun.of("serve", "--port", "0", "--data-dir",
                tmp.resolve("d").toString(), "--token-file", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().strip().lines()).hasSize(1);
    }

    @Test
    void badPortIsAUsageError() {
        CliRun r = CliRun.of("serve", "--port", "70000", "--data-dir", tmp.resolve("d").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    }
}
