package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import java.time.Duration;

/**
 * The page's clock under the test's control: {@code Date.now()} stands still until {@link #advance(Duration)}
 * moves it, and the page's repeating timers are counted, so a test can tell "stopped" from "not changed yet"
 * without waiting to see whether anything happens. The timers themselves still fire on the real clock; they
 * only ever read the time this clock gives. Lasts until the page is loaded again.
 */
final class PageClock {

    private static final String INSTALL = """
            const now = { ms: Date.now() };
            const ticking = new Set();
            const setRepeating = window.setInterval.bind(window);
            const clearRepeating = window.clearInterval.bind(window);
            Date.now = () => now.ms;
            window.setInterval = (fn, ms, ...args) => {
              const id = setRepeating(fn, ms, ...args);
              ticking.add(id);
              return id;
            };
            window.clearInterval = id => {
              ticking.delete(id);
              clearRepeating(id);
            };
            window.__pageClock = { advance: ms => { now.ms += ms; }, ticking: () => ticking.size };
            """;

    private final Browser browser;

    private PageClock(Browser browser) {
        this.browser = browser;
    }

    static PageClock install(Browser browser) {
        browser.js(INSTALL);
        return new PageClock(browser);
    }

    void advance(Duration by) {
        browser.js("window.__pageClock.advance(arguments[0]);", by.toMillis());
    }

    /** Repeating timers started since {@link #install} and not cleared. */
    int ticking() {
        return ((Number) browser.js("return window.__pageClock.ticking();")).intValue();
    }
}
