package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core's audit of every view of the page, at a laptop's width, a phone's and in dark mode: no serious or
 * critical violation (missing names, contrast too low, broken ARIA, …). Each view is reached from a fresh server
 * with an empty history, as a candidate first meets it.
 */
@Tag("integration")
class AccessibilityAuditPageTest {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    static Stream<Arguments> viewsAndLooks() {
        return PageView.ALL.stream().flatMap(view -> Stream.of(Look.values()).map(look -> Arguments.of(view, look)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("viewsAndLooks")
    void should_find_no_serious_or_critical_accessibility_violation_in_the_view(PageView view, Look look) throws Exception {
        try (LiveServer server = LiveServer.startWithPlan(Files.createTempDirectory("rehearse-axe"))) {
            // given
            look.apply(browser);
            PracticePage page = new PracticePage(browser).open(server.url("/"));

            // when
            view.reach().run(page, browser, server.store());
            page.awaitLoaded();
            List<Map<String, Object>> violations = Axe.seriousViolations(browser);

            // then
            assertThat(violations).as("axe-core on the %s view (%s)", view, look).isEmpty();
        }
    }

    @Test
    void should_report_a_violation_planted_in_the_page() throws Exception {
        try (LiveServer server = LiveServer.start(Files.createTempDirectory("rehearse-axe"))) {
            // given: the start view with a button that has no name, which a screen reader cannot announce
            Look.DESKTOP.apply(browser);
            new PracticePage(browser).open(server.url("/"));
            browser.js("const b = document.createElement('button'); b.id = 'nameless'; document.querySelector('main:not([hidden])').append(b);");

            // when
            List<Map<String, Object>> violations = Axe.seriousViolations(browser);

            // then: the audit really runs over the page and names the fault
            assertThat(violations).extracting(v -> v.get("rule")).contains("button-name");
            assertThat(violations.toString()).contains("#nameless");
        }
    }
}
