package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The axe-core accessibility engine (Deque, MPL-2.0), vendored under {@code src/test/resources/axe/} from the npm
 * package and injected by Selenium into the page under test: the page itself never ships or loads it.
 */
final class Axe {

    private static final String RESOURCE = "/axe/axe.min.js";
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({rule: v.id, impact: v.impact, help: v.help,
                  where: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ') + ')')}))))
              .catch(e => done([{rule: 'axe-failed', impact: 'critical', help: String(e), where: []}]));
            """;
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations on the page as it stands, each with up to five places it occurs. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> seriousViolations(Browser browser) {
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        browser.js(source());
        return (List<Map<String, Object>>) browser.driver().executeAsyncScript(RUN);
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the test resources");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
