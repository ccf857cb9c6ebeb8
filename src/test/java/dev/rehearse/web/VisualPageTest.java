package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The main views at a laptop's width, a phone's and in dark mode, compared with the screenshots committed under
 * {@code docs/screens/} (the README shows them), so a layout regression fails here. After an intended change,
 * take them again with {@code -Drehearse.screens.update=true} and look at the new files before committing them.
 * A failing view leaves the shot and a picture of the changed pixels under {@code target/screenshots/}.
 */
@Tag("integration")
class VisualPageTest {

    static final Path SCREENS = Path.of("docs", "screens");
    private static final boolean UPDATE = Boolean.getBoolean("rehearse.screens.update");
    /** The views worth a picture: the audit covers every view, these are the ones a layout regression shows in. */
    private static final List<String> VIEWS = List.of("start", "plan", "critique", "follow-ups-and-tie",
            "history-compare");

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
        return PageView.ALL.stream().filter(v -> VIEWS.contains(v.name()))
                .flatMap(view -> Stream.of(Look.values()).map(look -> Arguments.of(view, look)));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("viewsAndLooks")
    void should_look_as_the_committed_screenshot_when_the_view_is_shown(PageView view, Look look) throws Exception {
        try (LiveServer server = LiveServer.startWithPlan(Files.createTempDirectory("rehearse-visual"))) {
            // given
            look.apply(browser);
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            view.reach().run(page, browser, server.store());
            page.awaitLoaded();
            Path committed = SCREENS.resolve(view.name() + "-" + look.suffix() + ".png");

            // when
            BufferedImage shot = StillScreenshot.take(browser);

            // then
            if (UPDATE) {
                Files.createDirectories(SCREENS);
                ImageIO.write(shot, "png", committed.toFile());
                return;
            }
            assertThat(committed).as("no committed screenshot; take them with -Drehearse.screens.update=true").exists();
            BufferedImage expected = ImageIO.read(committed.toFile());
            ScreenComparison comparison = ScreenComparison.of(expected, shot);
            if (!comparison.withinTolerance()) {
                keepForInspection(committed.getFileName().toString(), expected, shot);
            }
            assertThat(comparison.sameSize()).as("%s is %dx%d, the committed one %dx%d (see target/screenshots/)", committed,
                    shot.getWidth(), shot.getHeight(), expected.getWidth(), expected.getHeight()).isTrue();
            assertThat(comparison.changedShare()).as("share of pixels changed in %s (see target/screenshots/)", committed)
                    .isLessThanOrEqualTo(ScreenComparison.CHANGED_SHARE_LIMIT);
        }
    }

    /**
     * The README's picture of the page (docs/screenshot.png): the candidate's own answer from the notes, critiqued by
     * the offline coach as {@code serve} runs it, spelling check included. Taken only with the update property:
     * it shows real notes, not a fixed draft, so it is a picture for readers and not a comparison.
     */
    @Test
    void should_take_the_readme_screenshot_when_asked() throws Exception {
        Assumptions.assumeTrue(UPDATE, "the README's screenshot is taken with -Drehearse.screens.update=true");
        try (LiveServer server = LiveServer.startWithSpelling(Files.createTempDirectory("rehearse-readme-shot"))) {
            // given: a laptop's window, light mode
            Look.DESKTOP.apply(browser);
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1360, "deviceScaleFactor", 1, "mobile", false));
            PracticePage page = new PracticePage(browser).open(server.url("/")).pick(PageView.STORY);

            // when
            page.critique();
            browser.waiting().until(d -> d.findElement(By.id("engine")).getText().startsWith("Offline coach"));
            browser.js("document.activeElement?.blur(); window.scrollTo(0, 0);");

            // then
            Path shot = browser.screenshot("readme");
            Files.copy(shot, Path.of("docs", "screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
            assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1280);
        }
    }

    /**
     * The README's picture of today's plan (docs/plan.png): due today, the coverage map and the story bank read from
     * the bundled notes with an empty history. Taken only with the update property, as the other README picture.
     */
    @Test
    void should_take_the_plan_screenshot_for_the_readme_when_asked() throws Exception {
        Assumptions.assumeTrue(UPDATE, "the README's screenshots are taken with -Drehearse.screens.update=true");
        try (LiveServer server = LiveServer.startWithPlan(Files.createTempDirectory("rehearse-plan-shot"))) {
            // given: a laptop's window, light mode
            Look.DESKTOP.apply(browser);
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1500, "deviceScaleFactor", 1, "mobile", false));
            browser.driver().get(server.url("/"));

            // when
            PageView.showPlan(browser);
            browser.js("document.activeElement?.blur(); window.scrollTo(0, 0);");

            // then
            Path shot = browser.screenshot("plan");
            Files.copy(shot, Path.of("docs", "plan.png"), StandardCopyOption.REPLACE_EXISTING);
            assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1280);
        }
    }

    private static void keepForInspection(String name, BufferedImage expected, BufferedImage actual) throws IOException {
        Files.createDirectories(Browser.SCREENSHOTS);
        ImageIO.write(actual, "png", Browser.SCREENSHOTS.resolve("actual-" + name).toFile());
        ImageIO.write(ScreenComparison.difference(expected, actual), "png", Browser.SCREENSHOTS.resolve("diff-" + name).toFile());
    }
}
