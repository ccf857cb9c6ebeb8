package dev.rehearse.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.rehearse.web.VoiceFixture.PATH;
import static dev.rehearse.web.VoiceFixture.TRANSCRIPT;
import static dev.rehearse.web.VoiceFixture.fakeMicrophone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.testing.Browser;
import dev.rehearse.web.VoiceFixture.VoiceServer;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Voice practice in a real browser: Chromium's fake microphone plays the espeak-ng fixture (two sentences with
 * exactly 2.0 s of silence between them, starting at 3.441 s), and WireMock answers as an OpenAI transcription
 * server does. The page records it, measures the pause, puts the stub's transcript in the draft, and the
 * critique judges the delivery by what was measured.
 */
@Tag("integration")
class VoicePageTest {

    /** Where the fixture's pause starts and how long it lasts (src/test/resources/voice/README.md). */
    private static final double PAUSE_START_S = 3.441;
    private static final double PAUSE_S = 2.0;

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
    void should_put_the_transcript_in_the_draft_and_judge_the_measured_delivery_when_an_answer_is_recorded() {
        // given: the server transcribing through the stub, and a browser whose microphone plays the fixture once
        try (AttemptStore store = AttemptStore.inDataDir(dataDir);
             VoiceServer server = VoiceServer.start(dataDir, store, whisper);
             Browser browser = Browser.start(1280, 1000, fakeMicrophone())) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            page.freeQuestion("Tell me about a pipeline you rebuilt.");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-title"), "pipeline"));

            // when: the candidate records past the end of the fixture and stops
            page.one("[data-voice=record]").click();
            browser.waiting().until(d -> page.one("[data-voice=stop]").isEnabled());
            browser.waiting(Duration.ofSeconds(30)).until(d -> seconds(page.text(".voice-elapsed")) >= 9);
            page.one("[data-voice=stop]").click();

            // then: the transcript is the draft, and the figures are on screen with the pause where the fixture has it
            browser.waiting(Duration.ofSeconds(30)).until(d -> TRANSCRIPT.equals(page.draftText()));
            assertThat(page.text("[data-figure=pace]")).matches("\\d+ words a minute \\(too slow\\)");
            assertThat(page.text("[data-figure=fillers]")).contains("“um” × 1");
            List<WebElement> times = page.all("[data-figure=pauses] time");
            assertThat(times).hasSize(2);
            assertThat(isoSeconds(times.get(1).getDomAttribute("datetime"))).isCloseTo(PAUSE_S, within(0.3));
            assertThat(isoSeconds(times.get(0).getDomAttribute("datetime"))).isCloseTo(PAUSE_START_S, within(0.3));
            // the recording can be played back (the page's CSP allows blob: media), and the microphone is released
            assertThat(page.one(".voice-playback").getDomAttribute("src")).startsWith("blob:");
            assertThat(browser.consoleErrors()).noneMatch(e -> e.contains("Content Security Policy"));
            whisper.verify(1, postRequestedFor(urlEqualTo(PATH))
                    .withRequestBodyPart(aMultipart().withName("prompt").withBody(containing("Umm")).build()));
            String pace = page.text("[data-figure=pace]").split(" ")[0];

            // when: the candidate edits the transcript and runs the critique
            page.pasteDraft(TRANSCRIPT + " It cut the nightly run from six hours to forty minutes.");
            page.critique();

            // then: the delivery is judged by the measured pace and length, and says so
            String delivery = page.text("[data-dimension=delivery] .reasons");
            assertThat(delivery).contains("Slow: " + pace + " words a minute, measured")
                    .contains("measured from your recording")
                    .contains("1 pause(s) over 1.5 s");
            page.awaitAttempts(1);
            // and the history charts the spoken attempt's pace
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#pace-chart .point")).isEmpty());
            assertThat(page.one("#pace-chart .point").getDomAttribute("data-value")).isEqualTo(pace);
            browser.js("document.getElementById('draft').scrollIntoView()");
            browser.screenshot("voice");
        }
    }

    @Test
    void should_say_how_to_turn_transcription_on_when_none_is_configured() {
        // given: the server as it starts with REHEARSE_STT unset
        try (LiveServer server = LiveServer.start(dataDir); Browser browser = Browser.start(1280, 1000, fakeMicrophone())) {
            // when
            PracticePage page = new PracticePage(browser).open(server.url("/"));

            // then
            browser.waiting().until(d -> page.text(".voice-status").contains("Transcription is off"));
            assertThat(page.text(".voice-status")).contains("REHEARSE_STT=openai").contains("type your answer");
        }
    }

    @Test
    void should_say_the_microphone_was_denied_when_the_browser_refuses_it() {
        // given: a browser that refuses every permission prompt
        try (LiveServer server = LiveServer.start(dataDir);
             Browser browser = Browser.start(1280, 1000, List.of("--use-fake-device-for-media-stream", "--deny-permission-prompts"))) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));

            // when
            page.one("[data-voice=record]").click();

            // then
            browser.waiting().until(d -> page.text(".voice-status").contains("denied"));
            assertThat(page.text(".voice-status")).contains("Microphone access was denied").contains("type your answer");
            assertThat(page.one("[data-voice=record]").isEnabled()).isTrue();
        }
    }


    private static double isoSeconds(String isoDuration) {
        return Duration.parse(isoDuration).toMillis() / 1000.0;
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
