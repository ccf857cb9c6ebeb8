package dev.rehearse.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, from Debian's packages: both paths are given, so Selenium Manager never
 * looks for a driver or a browser on the network. Absent a browser, the test is skipped with the reason, except
 * in CI ({@code CI=true}), where the browser tests must run and a missing browser fails them.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of(System.getProperty("rehearse.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("rehearse.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;

    private Browser(ChromeDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Skips the test (fails it in CI) when Chromium or chromedriver is missing. */
    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (present) {
            return;
        }
        String missing = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("CI=true and " + missing);
        }
        Assumptions.abort("skipped: " + missing);
    }

    public static Browser start(int width, int height) {
        return start(width, height, java.util.List.of());
    }

    /** With further Chromium switches, such as a fake microphone playing a file. */
    public static Browser start(int width, int height, java.util.List<String> switches) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("rehearse-chromium-profile");
            Path downloads = Files.createTempDirectory("rehearse-downloads");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(new File("target/chromedriver.log"))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height, "--lang=en-GB");
            options.addArguments(switches);
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            // the page's console, so a test can show (and assert on) script errors and CSP reports
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().scriptTimeout(Patience.ofSeconds(20));
            return new Browser(driver, profile, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Browser start() {
        return start(1280, 1000);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits up to {@code quiet}, what the step takes on a quiet machine, stretched by {@link Patience}. */
    public WebDriverWait waiting(Duration quiet) {
        // the page redraws lists as answers arrive; a condition that met an element just replaced looks again
        WebDriverWait wait = new WebDriverWait(driver, Patience.of(quiet));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    public WebDriverWait waiting() {
        return waiting(Duration.ofSeconds(20));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** What the page wrote to the console at level SEVERE since the last call (script errors, CSP refusals). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).toList();
    }

    public Path downloads() {
        return downloads;
    }

    /** Saves a PNG of the whole page under target/screenshots/ and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole page, not just the window: grows the window to the page's height for the shot, then restores it. */
    public Path fullScreenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(Math.max(height + 120, before.getHeight()), 6000)));
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
            deleteQuietly(downloads);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
