package dev.rehearse.web;

import static dev.rehearse.web.VoiceFixture.TRANSCRIPT;
import static dev.rehearse.web.VoiceFixture.fakeMicrophone;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.Browser;
import dev.rehearse.web.VoiceFixture.VoiceServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A mock interview question answered by voice in a real browser: Chromium's fake microphone plays the espeak-ng
 * fixture, WireMock answers as an OpenAI transcription server does, the transcript lands in the answer box, and the
 * debrief shows the pace and fillers the server measured.
 */
@Tag("integration")
class MockVoicePageTest {


    @TempDir
    Path dataDir;

    private WireMockServer whisper;

    @BeforeEach
    void startWhisper() {
        Browser.requireChromium();
        whisper = VoiceFixture.whisper();
    }

    @AfterEach
    void stopWhisper() {
        if (whisper != null) {
            whisper.stop();
        }
    }

    @Test
    void should_send_the_transcript_as_the_answer_and_show_its_measured_pace_in_the_debrief_when_a_question_is_answered_by_voice() {
        // given: a one-question interview, the server transcribing through the stub, the fixture as the microphone
        try (AttemptStore store = AttemptStore.inDataDir(dataDir);
             VoiceServer server = VoiceServer.start(dataDir, store, whisper);
             Browser browser = Browser.start(1280, 1000, fakeMicrophone())) {
            browser.driver().get(server.url("/#mock"));
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-setup")));
            setNumber(browser, "mock-questions", 1);
            setNumber(browser, "mock-followups", 0);
            one(browser, "#mock-start").click();
            browser.waiting(Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(".mock-turn.interviewer")).isEmpty()
                    && "false".equals(d.findElement(By.id("mock-session")).getDomAttribute("aria-busy")));

            // when: the candidate records past the end of the fixture and stops
            one(browser, "#mock-recorder [data-voice=record]").click();
            browser.waiting().until(d -> one(browser, "#mock-recorder [data-voice=stop]").isEnabled());
            browser.waiting(Duration.ofSeconds(30)).until(d -> seconds(text(browser, "#mock-recorder .voice-elapsed")) >= 9);
            one(browser, "#mock-recorder [data-voice=stop]").click();

            // then: the transcript is the answer, ready to send, and no judgement of it shows mid-interview
            browser.waiting(Duration.ofSeconds(30)).until(d -> TRANSCRIPT.equals(one(browser, "#mock-answer").getDomProperty("value")));
            assertThat(one(browser, "#mock-recorder .voice-figures").isDisplayed()).isFalse();
            assertThat(browser.driver().findElements(By.cssSelector("#mock-view [data-figure=pace]")))
                    .noneMatch(WebElement::isDisplayed);
            int recorded = seconds(text(browser, "#mock-recorder .voice-elapsed"));
            browser.js("document.getElementById('mock-answer-form').scrollIntoView()");
            browser.screenshot("mock-voice-answer");

            // when: the answer is sent
            one(browser, "#mock-send").click();
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-debrief")));

            // then: the answer is marked spoken and timed by its recording, and the debrief shows its pace and fillers
            assertThat(text(browser, ".mock-turn.candidate .mock-who")).startsWith("You · spoken · 0:");
            assertThat(seconds(text(browser, ".mock-turn.candidate .mock-who").split(" · ")[2])).isBetween(recorded - 1, recorded + 1);
            WebElement row = one(browser, "#mock-debrief tr[data-question-index='1']");
            assertThat(row.findElement(By.cssSelector("[data-figure=pace]")).getText()).matches("\\d+ words a minute \\(too slow\\)");
            assertThat(row.findElement(By.cssSelector("[data-figure=fillers]")).getText()).startsWith("1 filler (");
            assertThat(text(browser, "#mock-debrief thead")).contains("How it sounded");
            browser.screenshot("mock-voice-debrief");
        }
    }


    private static void setNumber(Browser browser, String id, int value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(String.valueOf(value));
    }

    private static WebElement one(Browser browser, String css) {
        return browser.driver().findElement(By.cssSelector(css));
    }

    private static String text(Browser browser, String css) {
        return (String) browser.js("return document.querySelector(arguments[0]).textContent.trim()", css);
    }

    private static int seconds(String clock) {
        String[] parts = clock.strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
