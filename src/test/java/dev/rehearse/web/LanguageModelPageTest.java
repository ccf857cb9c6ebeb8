package dev.rehearse.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.rehearse.service.Json;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.Point;
import org.openqa.selenium.support.ui.ExpectedConditions;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The page with a language model: WireMock on loopback speaks OpenAI's chat-completions format, streaming its
 * chunks slowly where the test watches text arrive and stops it.
 */
@Tag("integration")
class LanguageModelPageTest {

    @TempDir
    Path dataDir;

    private WireMockServer model;

    @BeforeEach
    void startModel() {
        Browser.requireChromium();
        model = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        model.start();
    }

    @AfterEach
    void stopModel() {
        // null when the test was skipped for want of Chromium
        if (model != null) {
            model.stop();
        }
    }

    @Test
    void should_show_streamed_text_as_it_arrives_and_stop_when_asked() throws Exception {
        // given: a model that takes 15 seconds to write 40 pieces of an answer
        List<String> pieces = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            pieces.add("word" + i + " ");
        }
        model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(openAiStream(pieces))
                .withChunkedDribbleDelay(40, 15_000)));

        try (LiveServer server = LiveServer.startWithOpenAi(dataDir, model.baseUrl() + "/v1"); Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "gpt-test"));
            // the page says which provider and model answer, and where the notes go
            assertThat(page.text("#engine")).startsWith("Language model: OpenAI-compatible · gpt-test");
            assertThat(page.one("#engine").getDomAttribute("data-mode")).isEqualTo("llm");
            assertThat(page.one("#engine").getDomAttribute("title")).contains(model.baseUrl() + "/v1");
            page.freeQuestion("How does my pipeline work tie to TheyDo's outcomes?");

            // when: the user asks a question
            page.click("run-ask");
            page.one("#ask-question").clear();
            page.one("#ask-question").sendKeys("How does TheyDo tie journeys to outcomes?");
            page.click("ask-send");

            // then: text arrives piece by piece, while the answer is not complete
            browser.waiting().until(d -> streamed(browser).length() > 0);
            int first = streamed(browser).length();
            Point below = page.one("#followups-card").getLocation();
            browser.waiting().until(d -> streamed(browser).length() > first + 10);
            assertThat(streamed(browser)).startsWith("word1 word2").doesNotContain("word40");
            assertThat(page.one("#stop").isEnabled()).isTrue();
            // and nothing below the stream box moved while it filled
            assertThat(page.one("#followups-card").getLocation()).isEqualTo(below);
            browser.screenshot("streaming");

            // when: the user stops it
            page.click("stop");
            browser.waiting().until(d -> page.text("#status").startsWith("Stopped."));
            String atStop = streamed(browser);

            // then: no more text while the model would still be sending it (a piece every 375 ms), the page is ready
            // for the next action, and it says so
            await().during(Duration.ofMillis(1500)).atMost(Patience.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                    .until(() -> streamed(browser).equals(atStop));
            assertThat(streamed(browser)).doesNotContain("word40");
            assertThat(page.text("#status")).startsWith("Stopped.");
            assertThat(page.one("#stop").isEnabled()).isFalse();
            assertThat(page.one("#run-critique").isEnabled()).isTrue();
            model.verify(1, postRequestedFor(urlPathMatching(".*/chat/completions")));
        }
    }

    @Test
    void should_stream_the_critique_after_the_offline_report_and_mark_numbers_the_notes_do_not_hold() throws Exception {
        // given: the model's critique JSON streamed in small pieces over 4 seconds; its revision invents "40%"; its
        // summary, streamed first, is long enough to fill several lines of the box
        ObjectNode critiqueJson = (ObjectNode) Json.MAPPER.readTree(resource("/llm/critique-paypal.json"));
        String summary = critiqueJson.get("summary").asText() + " Open with what the pipeline made possible, then the"
                + " single-day limit of the API, then the split into daily ingestion and weekly aggregation and what it cost"
                + " you in orchestration. Close with what the payments reports could do afterwards and what you would do"
                + " differently next time, so the interviewer hears a result and a lesson rather than a list of steps.";
        critiqueJson.put("summary", summary);
        String critique = critiqueJson.toString();
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < critique.length(); i += 12) {
            pieces.add(critique.substring(i, Math.min(critique.length(), i + 12)));
        }
        model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream")
                .withBody(openAiStream(pieces))
                .withChunkedDribbleDelay(30, 4_000)));

        try (LiveServer server = LiveServer.startWithOpenAi(dataDir, model.baseUrl() + "/v1"); Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "gpt-test"));
            page.pick("walk me through a data system you designed");

            // when
            recordLayoutWhileStreaming(browser);
            page.click("run-critique");

            // then: the offline scores come first, while the model is still writing
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scores .overall-score")));
            assertThat(page.one("#stop").isEnabled()).as("still streaming when the offline report shows").isTrue();
            browser.waiting().until(d -> streamed(browser).startsWith("A solid design story"));

            // then: the model's result, with the invented number marked and its source linked
            page.awaitIdle();
            assertThat(streamed(browser)).startsWith("A solid design story with a clear key decision, but the headline comes"
                    + " late and the result has no number.").isEqualTo(summary);
            // and while the summary streamed in, piece by piece, nothing on the page moved or changed size
            List<List<Object>> layouts = layoutsWhileStreaming(browser);
            assertThat(layouts).as("one layout per streamed piece").hasSizeGreaterThan(3);
            assertThat(layouts.stream().map(l -> l.subList(1, l.size())).distinct()).as("the layout at each piece").hasSize(1);
            assertThat(layouts.stream().map(l -> ((Number) l.get(0)).intValue()).distinct().count())
                    .as("the streamed length grew between the records").isEqualTo(layouts.size());
            // and the filled page does not scroll sideways at 1280 px
            assertThat(browser.js("return window.innerWidth")).isEqualTo(1280L);
            assertThat(((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .intValue()).isLessThanOrEqualTo(0);
            assertThat(page.all("#llm .revised-text mark.mark-unsupported")).extracting(e -> e.getText()).contains("40%");
            assertThat(page.text("#llm .flags")).contains("not in your notes: \"40%\"");
            assertThat(page.all("#llm .llm-scores li")).hasSize(5);
            // the draft's words the model quotes as issues are marked in the draft with the problem
            assertThat(page.all("#marked mark.mark-model-issue")).extracting(e -> e.getDomAttribute("title"))
                    .anyMatch(t -> t.contains("An unmeasured result."));
            assertThat(page.all("#llm .citations .cite")).isNotEmpty();
            browser.fullScreenshot("llm-critique");

            // and the saved attempt names the model
            page.awaitAttempts(1);
            assertThat(page.all("#history-list tbody tr").get(0).getText()).contains("openai gpt-test");
        }
    }

    @Test
    void should_show_the_models_follow_ups_and_ties_with_their_sources_and_flag_what_the_notes_do_not_hold() throws Exception {
        try (LiveServer server = LiveServer.startWithOpenAi(dataDir, model.baseUrl() + "/v1"); Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "gpt-test"));
            page.pick("walk me through a data system you designed");

            // when: Follow-ups, the model answering with its JSON
            model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(openAiCompletion(resource("/llm/followups.json")))));
            page.click("run-followups");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#followups .llm-followups .followup")).isEmpty());
            page.awaitIdle();

            // then: the offline follow-ups, and under them the model's, each with the passages it cites
            assertThat(page.all("#followups > ol > .followup")).hasSizeBetween(3, 6);
            assertThat(page.all("#followups .llm-followups .followup-question")).extracting(e -> e.getText())
                    .containsExactly("How did you measure the improvement in confidence?",
                            "What alternatives to two pipelines did you consider?", "How would you apply this at TheyDo?");
            assertThat(page.all("#followups .llm-followups .cite")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getText()).matches("\\[\\d+\\] .+:\\d+(-\\d+)?"));

            // when: Tie, the model inventing a number
            model.resetAll();
            model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(openAiCompletion(resource("/llm/tie.json")))));
            page.click("run-tie");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#tie .llm-bridges .bridge")).isEmpty());
            page.awaitIdle();

            // then: its bridges, with what the sources do not hold marked in the sentence itself
            assertThat(page.all("#tie .llm-bridges .bridge")).hasSize(2);
            assertThat(page.all("#tie .llm-bridges mark.mark-unsupported")).extracting(e -> e.getText()).contains("300");
            assertThat(page.text("#tie .flags")).contains("not in your notes: \"300");
            page.awaitAttempts(2);
            assertThat(page.all("#history-list tbody tr").get(0).getText()).contains("tie").contains("openai gpt-test");
            browser.fullScreenshot("llm-followups-tie");
        }
    }

    @Test
    void should_show_markup_in_the_models_streamed_answer_and_critique_as_text_and_run_none_of_it() throws Exception {
        // given: a model whose streamed answer carries markup, split across its pieces as a stream would split it
        String img = "<img src=x onerror=\"window.pwned=1;document.title='pwned';alert(1)\">";
        String script = "<script>window.pwned=2;document.title='pwned'</script>";
        List<String> askPieces = List.of("TheyDo ties journeys to outcomes ", "<img src=x ",
                "onerror=\"window.pwned=1;document.title='pwned';alert(1)\">", " and <scr", "ipt>window.pwned=2;document.title='pwned'</script>",
                " in one place.");
        String answer = String.join("", askPieces);
        model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/event-stream").withBody(openAiStream(askPieces))
                .withChunkedDribbleDelay(8, 600)));

        try (LiveServer server = LiveServer.startWithOpenAi(dataDir, model.baseUrl() + "/v1"); Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser).open(server.url("/"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "gpt-test"));
            page.pick("walk me through a data system you designed");

            // when: the user asks
            page.click("run-ask");
            page.one("#ask-question").clear();
            page.one("#ask-question").sendKeys("How does TheyDo tie journeys to outcomes?");
            page.click("ask-send");
            page.awaitIdle();

            // then: the streamed text and the answer under it show the markup as characters
            assertThat(streamed(browser)).isEqualTo(answer);
            assertThat(page.one("#llm .answer").getDomProperty("textContent")).isEqualTo(answer);
            assertNothingRan(browser);

            // given: a critique whose summary (streamed), strengths, issues and revision carry markup
            ObjectNode critique = (ObjectNode) Json.MAPPER.readTree(resource("/llm/critique-paypal.json"));
            String summary = "A clear story " + img + " with a weak close " + script + ".";
            critique.put("summary", summary);
            critique.putArray("strengths").add("The key decision " + script + " is explicit.");
            ObjectNode issue = (ObjectNode) critique.get("issues").get(0);
            issue.put("problem", "An unmeasured <b>result</b> " + img);
            critique.put("revisedAnswer", "I rebuilt the PayPal ingestion pipeline " + script + " behind weekly reporting " + img + ".");
            String json = critique.toString();
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < json.length(); i += 7) {
                pieces.add(json.substring(i, Math.min(json.length(), i + 7)));
            }
            model.resetAll();
            model.stubFor(post(urlPathMatching(".*/chat/completions")).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "text/event-stream").withBody(openAiStream(pieces))
                    .withChunkedDribbleDelay(40, 1_000)));

            // when
            page.critique();
            page.awaitIdle();
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#llm .revised-text")).isEmpty());

            // then: every piece of the model's text is on screen as the characters it wrote
            assertThat(streamed(browser)).isEqualTo(summary);
            assertThat(page.one("#llm").getDomProperty("textContent"))
                    .contains("The key decision " + script + " is explicit.")
                    .contains("An unmeasured <b>result</b> " + img);
            assertThat(page.one("#llm .revised-text").getDomProperty("textContent"))
                    .isEqualTo("I rebuilt the PayPal ingestion pipeline " + script + " behind weekly reporting " + img + ".");
            assertNothingRan(browser);
        }
    }

    /** No alert, no changed title, no global set, no element made from the model's text, no inline script refused. */
    private static void assertNothingRan(Browser browser) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver().getTitle()).isEqualTo("Rehearse");
        assertThat(browser.js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.js("return document.querySelectorAll('img, main script, main b').length")).isEqualTo(0L);
        // the page's own modules are its only scripts
        assertThat(browser.js("return Array.from(document.scripts).filter(s => !s.src.startsWith(location.origin + '/js/')).length"))
                .isEqualTo(0L);
        assertThat(browser.consoleErrors()).noneMatch(e -> e.contains("Content Security Policy") || e.contains("pwned"));
    }

    /**
     * Records, at every change of the stream box, the streamed length and where the cards stand: the box's own
     * size and the position and size of every card after it. Read back with {@link #layoutsWhileStreaming}.
     */
    private static void recordLayoutWhileStreaming(Browser browser) {
        browser.js("""
                window.__layouts = [];
                const stream = document.getElementById('stream');
                const box = e => { const r = e.getBoundingClientRect(); return [r.top + window.scrollY, r.left, r.width, r.height]; };
                new MutationObserver(() => {
                  if (!stream.textContent) return;
                  window.__layouts.push([stream.textContent.length,
                    ...['stream', 'llm-card', 'followups-card', 'tie-card', 'history'].flatMap(id => box(document.getElementById(id))),
                    document.documentElement.scrollHeight]);
                }).observe(stream, {childList: true, characterData: true, subtree: true});
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> layoutsWhileStreaming(Browser browser) {
        return (List<List<Object>>) browser.js("return window.__layouts");
    }

    /** OpenAI's non-streaming chat completion carrying {@code content}. */
    static String openAiCompletion(String content) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", "chatcmpl-page-test");
        root.put("object", "chat.completion");
        root.put("created", 1764288000);
        root.put("model", "gpt-test");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 800);
        usage.put("completion_tokens", 120);
        usage.put("total_tokens", 920);
        return root.toString();
    }

    private static String streamed(Browser browser) {
        return (String) browser.js("return document.getElementById('stream').textContent");
    }

    /** OpenAI's streaming wire format: a role chunk, a chunk per piece, a finish chunk, [DONE]. */
    static String openAiStream(List<String> pieces) {
        StringBuilder sb = new StringBuilder();
        sb.append("data: ").append(chunk("", true, null)).append("\n\n");
        for (String piece : pieces) {
            sb.append("data: ").append(chunk(piece, false, null)).append("\n\n");
        }
        sb.append("data: ").append(chunk(null, false, "stop")).append("\n\n");
        sb.append("data: [DONE]\n\n");
        return sb.toString();
    }

    private static String chunk(String content, boolean role, String finish) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("id", "chatcmpl-page-test");
        root.put("object", "chat.completion.chunk");
        root.put("created", 1764288000);
        root.put("model", "gpt-test");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (role) {
            delta.put("role", "assistant");
        }
        if (content != null) {
            delta.put("content", content);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LanguageModelPageTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
