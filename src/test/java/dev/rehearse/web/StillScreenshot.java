package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.awaitility.Awaitility;

/**
 * A screenshot of the whole page that is the same on every run: animations, transitions and the text caret are
 * switched off, focus rings removed, and what changes from run to run by nature (the dates of attempts and their
 * chart) is blanked out, keeping its place in the layout. It is taken once the page has stopped changing: two
 * captures in a row that are identical.
 */
final class StillScreenshot {

    /** Long pages are cut here: the top of a view is what a layout regression shows in first. */
    private static final int MAX_HEIGHT = 4000;
    /** A constructed style sheet, which the page's Content-Security-Policy allows where a style element is refused. */
    private static final String STILL = """
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(`*, *::before, *::after { animation: none !important; transition: none !important;
                caret-color: transparent !important; scroll-behavior: auto !important; }
              time, #history-chart { visibility: hidden !important; }`);
            document.adoptedStyleSheets = [sheet];
            document.activeElement?.blur();
            window.scrollTo(0, 0);
            """;

    private StillScreenshot() {
    }

    static BufferedImage take(Browser browser) {
        browser.js(STILL);
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        AtomicReference<byte[]> last = new AtomicReference<>(capture(browser));
        Awaitility.await("the page to stop changing").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(400))
                .until(() -> {
                    byte[] now = capture(browser);
                    return Arrays.equals(now, last.getAndSet(now));
                });
        return decode(last.get());
    }

    @SuppressWarnings("unchecked")
    private static byte[] capture(Browser browser) {
        Map<String, Object> metrics = browser.driver().executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> viewport = (Map<String, Object>) metrics.get("cssLayoutViewport");
        double width = ((Number) viewport.get("clientWidth")).doubleValue();
        double height = Math.min(MAX_HEIGHT, ((Number) content.get("height")).doubleValue());
        Map<String, Object> shot = browser.driver().executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
