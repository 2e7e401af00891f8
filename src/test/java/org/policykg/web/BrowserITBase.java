package org.policykg.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: the application on random ports with the sample corpus (the same context as the other *IT, so
 * Spring reuses it), driven through Debian's headless chromium and chromium-driver (.ci/run installs both). Where
 * the browser is missing the tests are skipped, except in CI (CI=true), where that is a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "policykg.store=mem", "policykg.fuseki.port=0", "policykg.ingest=corpus"})
public abstract class BrowserITBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** target/screenshots, so that a test run leaves the tree clean; -Dscreenshots=docs/screenshots renews README's. */
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots", "target/screenshots"));

    protected static WebDriver browser;
    protected static Path downloads;
    private static Path profile;

    @LocalServerPort
    protected int webPort;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver fonts-noto-cjk, as .ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        profile = Files.createTempDirectory("policykg-chromium-profile");
        downloads = Files.createTempDirectory("policykg-chromium-downloads");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + profile, "--window-size=1400,1300", "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        // the driver named explicitly: Selenium Manager would try to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        Stream.of(profile, downloads).filter(d -> d != null).forEach(BrowserITBase::deleteTree);
    }

    protected void open(String pathAndQuery) {
        browser.get("http://localhost:" + webPort + pathAndQuery);
    }

    protected static WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }

    /** Saves what the browser shows as {name}.png in the screenshots folder. */
    protected static void screenshot(String name) throws IOException {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        save(name);
    }

    /** As {@link #screenshot(String)}, scrolled so that {@code element} is in the middle of the window. */
    protected static void screenshot(String name, WebElement element) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        save(name);
    }

    private static void save(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
