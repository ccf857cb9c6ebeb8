package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import java.util.List;
import java.util.Map;

/**
 * How the page is looked at: a laptop's width, a phone's, and the laptop in dark mode. Set through Chromium's
 * own emulation rather than the window size, so the viewport is exactly this size on every machine and the
 * colour scheme does not depend on the desktop's setting.
 */
enum Look {
    DESKTOP(1280, 900, false),
    PHONE(390, 844, false),
    DARK(1280, 900, true);

    final int width;
    final int height;
    final boolean dark;

    Look(int width, int height, boolean dark) {
        this.width = width;
        this.height = height;
        this.dark = dark;
    }

    /** Applies to the browser's tab; lasts across page loads until another look is applied. */
    void apply(Browser browser) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    String suffix() {
        return name().toLowerCase();
    }
}
