package org.rasd.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rasd.model.Document;
import org.rasd.pipeline.ContractJson;
import org.rasd.pipeline.RasdPipeline;
import org.rasd.store.Ingestion;
import org.rasd.store.RasdStore;

/**
 * End to end in Debian's headless Chromium: load the page, search, open a document, and see its sentences with
 * entity mentions and event triggers highlighted. The document is analyzed by the real pipeline; the trigger and
 * event-card assertions apply whenever the coder codes an event in it.
 */
class WebPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String ARTICLE = "عقد وزير الخارجية السعودي اجتماعا مع نظيره العراقي في الرياض يوم الأحد، "
            + "وبحث الجانبان التعاون في مكافحة الإرهاب.\n"
            + "وأعلنت الحكومة العراقية أنها ستستضيف القمة المقبلة في بغداد.\n"
            + "وفي دمشق، اتهمت وزارة الخارجية السورية إسرائيل بشن غارات جوية على مواقع قرب العاصمة.";

    @TempDir
    Path dir;

    @Test
    void searchOpenDocumentAndSeeHighlights() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                        + "(apt-get install chromium chromium-driver)");
        try (RasdStore store = RasdStore.open(dir)) {
            Ingestion run = store.ingestion(RasdPipeline.loadDefault(), 1, Ingestion.Listener.NONE);
            run.submit(new Document("riyadh-meeting", ARTICLE, LocalDate.of(2018, 3, 4), "اجتماع سعودي عراقي في الرياض",
                    "https://example.org/riyadh-meeting", "test"), "test");
            run.submit(new Document("oil", "ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك.",
                    LocalDate.of(2018, 3, 5), "النفط", null, "test"), "test");
            run.finish();
            try (RasdServer server = RasdServer.start(store, RasdPipeline::loadDefault, "127.0.0.1", 0, null)) {
                String base = server.url("127.0.0.1");
                JsonNode stored = ContractJson.mapper().readTree(HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(base + "api/documents/riyadh-meeting")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                WebDriver browser = chromium(dir.resolve("profile"));
                try {
                    checkPage(browser, base, stored);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void checkPage(WebDriver browser, String base, JsonNode stored) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base);
        WebElement html = browser.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        wait.until(d -> !d.findElement(By.id("stats")).getText().isBlank());
        assertThat(browser.findElement(By.id("stats")).getText()).contains("2");

        browser.findElement(By.id("q")).sendKeys("بالرياض");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.textToBe(By.id("results-count"), "(1)"));
        WebElement hit = browser.findElement(By.cssSelector("#results .result-link"));
        assertThat(hit.getAttribute("data-id")).isEqualTo("riyadh-meeting");
        assertThat(hit.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();

        hit.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("document")));
        wait.until(d -> !d.findElements(By.cssSelector("#doc-body .sentence")).isEmpty());
        assertThat(browser.findElement(By.id("doc-title")).getText()).isEqualTo("اجتماع سعودي عراقي في الرياض");
        List<WebElement> sentences = browser.findElements(By.cssSelector("#doc-body .sentence"));
        assertThat(sentences).hasSize(stored.get("sentences").size());
        assertThat(String.join("", sentences.stream().map(WebElement::getText).toList()).replaceAll("\\s", ""))
                .isEqualTo(ARTICLE.replaceAll("\\s", ""));

        List<WebElement> entities = browser.findElements(By.cssSelector("#doc-body mark.entity"));
        if (stored.get("entities").size() > 0) {
            assertThat(entities).as("entity mentions highlighted").isNotEmpty();
        }
        int events = stored.get("events").size();
        List<WebElement> triggers = browser.findElements(By.cssSelector("#doc-body mark.trigger"));
        List<WebElement> cards = browser.findElements(By.cssSelector("#doc-body .event-card"));
        assertThat(cards).as("one card per coded event, beside its sentence").hasSize(events);
        if (events > 0) {
            JsonNode first = stored.get("events").get(0);
            assertThat(triggers).as("event triggers highlighted").isNotEmpty();
            assertThat(triggers.stream().map(WebElement::getText).toList()).contains(first.get("trigger").get("text").asText());
            assertThat(cards.get(0).getText()).contains(first.get("event_type").asText());
        } else {
            System.out.println("browser test: the coder found no event in the test article yet; "
                    + "checked sentences and entity highlights only");
        }
        assertThat(browser.findElements(By.cssSelector("#doc-body mark")).size())
                .as("something is highlighted").isPositive();
    }

    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
