package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A mock interview in headless Chromium against the real server and the offline interviewer: started from the
 * page, answered by keyboard against the visible clock, resumed after a reload, ended early, debriefed, exported.
 */
@Tag("integration")
class MockInterviewPageTest {

    /** "We" only and no result: the gaps an interviewer follows up on. */
    private static final String VAGUE_ANSWER = "We worked on the payments pipeline at PayPal and we moved the reporting"
            + " jobs to a new scheduler. We also helped the analysts with their dashboards.";
    private static final String SECOND_ANSWER = "I rebuilt the weekly payments load as a daily incremental job because"
            + " the weekly run failed whenever one day was missing. As a result, finance reconciled in 20 minutes"
            + " instead of 4 hours.";

    @TempDir
    Path dataDir;

    @Test
    void should_run_an_interview_with_a_follow_up_resume_it_end_it_early_and_export_the_debrief() throws Exception {
        try (LiveServer server = LiveServer.start(dataDir); Browser browser = Browser.start()) {
            // given: the mock interview view, a plan of three questions with up to one follow-up each
            openView(browser, server);
            PageClock clock = PageClock.install(browser);
            // the browser's voice, recorded instead of spoken: what the page asks it to say
            browser.js("window.__spoken = []; speechSynthesis.speak = u => window.__spoken.push(u.text);"
                    + " speechSynthesis.cancel = () => {};");
            setNumber(browser, "mock-questions", 3);
            setNumber(browser, "mock-followups", 1);
            assertThat(one(browser, "#mock-speak").isSelected()).as("reading aloud is off until turned on").isFalse();
            assertThat(one(browser, "#mock-speak-note").getText()).contains("browser's own speech voice").contains("works offline");

            // when: the interview starts
            one(browser, "#mock-start").click();
            awaitInterviewerTurns(browser, 1);

            // then: the first question is asked, announced, and the answer box has the focus; no score anywhere
            String first = interviewerTurns(browser).get(0).getText();
            assertThat(first).startsWith("Interviewer · Question 1 of 3");
            assertThat(text(browser, "#mock-live")).contains(lastInterviewerText(browser));
            assertThat(browser.js("return document.activeElement.id")).isEqualTo("mock-answer");
            assertThat(one(browser, "#mock-debrief").isDisplayed()).isFalse();
            assertThat(text(browser, "#mock-view")).doesNotContain("/ 5");
            assertThat(spoken(browser)).as("nothing is read aloud until the candidate asks for it").isEmpty();

            // when: a minute and a quarter passes while the candidate types
            clock.advance(Duration.ofSeconds(75));
            paste(browser, VAGUE_ANSWER);

            // then: the clock and the speaking-time estimate show it
            browser.waiting().until(ExpectedConditions.textToBe(By.id("mock-clock"), "1:15"));
            assertThat(text(browser, "#mock-estimate")).isEqualTo("26 words · about 0:11 spoken at 140 words a minute");

            // when: reading aloud is turned on and the answer is sent with Ctrl+Enter
            one(browser, "#mock-speak").click();
            one(browser, "#mock-answer").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            awaitInterviewerTurns(browser, 2);

            // then: the answer joins the conversation and the interviewer follows up on it
            assertThat(texts(browser, ".mock-turn.candidate")).singleElement().asString()
                    .startsWith("You · 1:15 · 26 words").contains(VAGUE_ANSWER);
            assertThat(interviewerTurns(browser).get(1).getText()).startsWith("Interviewer · Follow-up");
            assertThat(spoken(browser)).containsExactly(lastInterviewerText(browser));
            assertThat(text(browser, "#status")).as("the practice view's critique shortcut did not run").isEmpty();

            // and the clock starts again from nothing for the follow-up's answer
            clock.advance(Duration.ofSeconds(40));
            paste(browser, SECOND_ANSWER);
            browser.waiting().until(ExpectedConditions.textToBe(By.id("mock-clock"), "0:40"));
            browser.screenshot("mock-view");

            // when: the page is loaded again and the unfinished interview is resumed from the past interviews
            String followUp = lastInterviewerText(browser);
            browser.driver().navigate().refresh();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-setup")));
            PageClock reloaded = PageClock.install(browser);
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mock-sessions"), "unfinished"));
            one(browser, "#mock-sessions button[data-session-id]").click();
            awaitInterviewerTurns(browser, 2);

            // then: the conversation so far is back and the follow-up waits for its answer
            assertThat(texts(browser, ".mock-turn.candidate")).singleElement().asString().contains(VAGUE_ANSWER);
            assertThat(lastInterviewerText(browser)).isEqualTo(followUp);
            assertThat(browser.js("return document.activeElement.id")).isEqualTo("mock-answer");
            assertThat(one(browser, "#mock-speak").isSelected()).as("reading aloud stays on in this browser").isTrue();

            // when: the follow-up is answered with the Send button, then whatever comes until the third question
            paste(browser, SECOND_ANSWER);
            one(browser, "#mock-send").click();
            awaitInterviewerTurns(browser, 3);
            answerUntilTheThirdQuestion(browser);

            // then: still no score while the interview runs
            assertThat(one(browser, "#mock-debrief").isDisplayed()).isFalse();
            assertThat(text(browser, "#mock-view")).doesNotContain("/ 5");

            // when: the candidate ends the interview early
            one(browser, "#mock-end").click();

            // then: the debrief appears, takes the focus, and the answer box is gone
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-debrief")));
            assertThat(browser.js("return document.activeElement.id")).isEqualTo("mock-debrief-title");
            assertThat(one(browser, "#mock-answer-form").isDisplayed()).isFalse();
            assertThat(reloaded.ticking()).as("the answer clock stops with the interview").isZero();
            assertThat(text(browser, "#mock-transcript")).contains("You ended the interview early.");
            String debrief = text(browser, "#mock-debrief-body");
            assertThat(debrief).contains("Your answers").contains("/ 5");
            screenshotOf(browser, one(browser, "#mock-debrief"), "mock-debrief");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("mock-sessions"), "ended"));

            // when: the transcript and debrief are exported
            one(browser, "#mock-export").click();

            // then: a Markdown file with the conversation, the quoted answers and the debrief
            String markdown = Files.readString(awaitDownload(browser.downloads()));
            assertThat(markdown).startsWith("# Mock interview").contains("## Transcript")
                    .contains("**Interviewer (question 1):**").contains("**Interviewer (follow-up):** " + followUp)
                    .contains("> " + VAGUE_ANSWER).contains("> " + SECOND_ANSWER).contains("## Debrief");
            assertThat(text(browser, "#mock-status")).startsWith("Transcript and debrief exported as rehearse-mock-");

            // and at phone width nothing spills sideways
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            assertThat((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            browser.fullScreenshot("mock-debrief-phone");
            assertThat(browser.consoleErrors()).as("no script error and nothing the page's CSP refused")
                    .noneMatch(e -> e.contains("Content Security Policy") || e.contains("Uncaught"));
        }
    }

    /** Answers whatever the interviewer asks until the third planned question is asked. */
    private static void answerUntilTheThirdQuestion(Browser browser) {
        while (!lastInterviewer(browser).getText().startsWith("Interviewer · Question 3")) {
            assertThat(lastInterviewer(browser).getText()).as("the interview ended before its third question").doesNotContain("Closing");
            int asked = interviewerTurns(browser).size();
            paste(browser, SECOND_ANSWER);
            one(browser, "#mock-answer").sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            awaitInterviewerTurns(browser, asked + 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> spoken(Browser browser) {
        return (List<String>) browser.js("return window.__spoken");
    }

    private static void openView(Browser browser, LiveServer server) {
        browser.driver().get(server.url("/#mock"));
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-setup")));
    }

    private static void setNumber(Browser browser, String id, int value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(String.valueOf(value));
    }

    /** Puts the whole answer in the box the way a paste does (one input event). */
    private static void paste(Browser browser, String text) {
        browser.js("const a = document.getElementById('mock-answer'); a.value = arguments[0];"
                + " a.dispatchEvent(new Event('input', {bubbles: true}));", text);
    }

    private static void awaitInterviewerTurns(Browser browser, int count) {
        browser.waiting(Duration.ofSeconds(60)).until(d -> interviewerTurns(browser).size() >= count
                && d.findElement(By.id("mock-session")).getDomAttribute("aria-busy").equals("false"));
    }

    private static List<WebElement> interviewerTurns(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".mock-turn.interviewer"));
    }

    private static WebElement lastInterviewer(Browser browser) {
        List<WebElement> turns = interviewerTurns(browser);
        return turns.get(turns.size() - 1);
    }

    private static String lastInterviewerText(Browser browser) {
        return lastInterviewer(browser).findElement(By.cssSelector(".mock-said")).getText();
    }

    private static WebElement one(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static String text(Browser browser, String css) {
        return (String) browser.js("return document.querySelector(arguments[0]).textContent.trim()", css);
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /**
     * The element alone, as a PNG under target/screenshots/ (the README's picture of the debrief). Chromium clips an
     * element's picture to the window, so the window grows to the page's height for the shot.
     */
    private static void screenshotOf(Browser browser, WebElement element, String name) throws IOException {
        Dimension before = browser.driver().manage().window().getSize();
        long height = ((Number) browser.js("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        browser.driver().manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 6000)));
        try {
            Files.createDirectories(Browser.SCREENSHOTS);
            Files.write(Browser.SCREENSHOTS.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    private static Path awaitDownload(Path folder) {
        return await("the interview downloaded into " + folder).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> firstMarkdown(folder), Objects::nonNull);
    }

    private static Path firstMarkdown(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".md")).findFirst().orElse(null);
        }
    }
}
