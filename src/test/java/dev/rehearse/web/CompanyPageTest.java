package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import dev.rehearse.testing.Browser;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page pointed at another company's knowledge folder (the made-up Quillmark in the test resources): every
 * button, heading, placeholder and message names that company, none names the bundled one; and the page's
 * smaller promises: the length target from the start, marks told apart without colour, evidence in a
 * candidate's words, no empty model box offline, a drawn spinner, dates in the browser's locale, long words
 * wrapped, source passages reflowed, and a charset on the page.
 */
@Tag("integration")
class CompanyPageTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture-company/knowledge");
    private static final String BUNDLED_COMPANY = "TheyDo";
    private static final String STORY = "Tell me about a time you improved a slow pipeline";

    @RegisterExtension
    static final PageFixture fixture = PageFixture.offline(temp -> FIXTURE);
    private static Browser browser;
    private PracticePage page;

    @BeforeAll
    static void start() {
        browser = fixture.browser();
    }

    @BeforeEach
    void openPage() {
        page = new PracticePage(browser).open(url("/"));
        // the company's name arrives with the page's config
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-tie"), "Quillmark"));
    }

    @AfterEach
    void desktopSize() {
        browser.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void should_name_the_folders_company_on_every_button_heading_placeholder_and_message_and_never_the_bundled_one() {
        // given: a record of every status message the page shows
        browser.js("window.statuses = []; new MutationObserver(() => window.statuses.push(document.getElementById('status').textContent))"
                + ".observe(document.getElementById('status'), {childList: true, characterData: true, subtree: true});");

        // when: the user ties an answer to the company and opens Ask
        page.pick(STORY);
        page.click("run-tie");
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tie .bridge")));
        page.awaitIdle();
        page.click("run-ask");

        // then: the company's name everywhere the page speaks of it
        assertThat(page.text("#run-tie")).isEqualTo("Tie to Quillmark's outcomes");
        assertThat(page.text("#tie-title")).isEqualTo("Tie to Quillmark's outcomes");
        assertThat(page.one("#free-question").getDomAttribute("placeholder")).isEqualTo("e.g. Why do you want to work at Quillmark?");
        assertThat(page.one("#ask-question").getDomAttribute("placeholder")).isEqualTo("How does this tie to Quillmark's outcomes?");
        assertThat(page.one("#ask-question").getDomProperty("value")).isEqualTo("How does this tie to Quillmark's outcomes?");
        @SuppressWarnings("unchecked")
        List<String> statuses = (List<String>) browser.js("return window.statuses;");
        assertThat(statuses).contains("Tying your answer to Quillmark's outcomes…");
        // the offline tie's bridging sentences are built for this company
        assertThat(page.text("#tie .bridges")).contains("Quillmark");
        // and nothing on the page, visible or in an attribute, names the bundled company
        String everything = (String) browser.js("return document.body.innerText + ' ' + [...document.querySelectorAll('*')]"
                + ".flatMap(e => [...e.attributes].map(a => a.value)).join(' ');");
        assertThat(everything).doesNotContainIgnoringCase(BUNDLED_COMPANY);
    }

    @Test
    void should_show_the_question_types_length_target_before_any_critique() throws Exception {
        // given
        JsonNode motivation = get("/api/question-type?q=" + URLEncoder.encode("Why Quillmark?", StandardCharsets.UTF_8));
        JsonNode behavioural = get("/api/question-type?q=" + URLEncoder.encode(STORY, StandardCharsets.UTF_8));
        assertThat(motivation.get("type").asText()).isEqualTo("motivation");
        assertThat(behavioural.get("type").asText()).isEqualTo("behavioural");
        String disagreement = "Tell me about a time you disagreed with your manager";
        JsonNode conflict = get("/api/question-type?q=" + URLEncoder.encode(disagreement, StandardCharsets.UTF_8));
        assertThat(conflict.get("type").asText()).isEqualTo("conflict");

        // when: a question from the notes is picked
        page.pick("Why Quillmark?");

        // then: its type's target, not the general one
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("length-target"), "for motivation question"));
        assertThat(page.text("#length-target")).contains(targetOf(motivation));

        // and when the user types their own question
        page.freeQuestion(disagreement);
        // a disagreement is a conflict question, with its own target
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("length-target"), "for conflict question"));
        assertThat(page.text("#length-target")).contains(targetOf(conflict));
    }

    private static String targetOf(JsonNode type) {
        return "target " + type.at("/target/minWords").asInt() + "–" + type.at("/target/maxWords").asInt() + " words";
    }

    @Test
    void should_tell_every_kind_of_mark_apart_by_its_pattern_not_only_its_colour() {
        // given: a swatch of every kind the draft can mark, as the colour key draws them
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> swatches = (List<Map<String, Object>>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/highlight.js').then(m => {
                  const key = document.getElementById('legend');
                  done(Object.keys(m.MARKED_KINDS).map(kind => {
                    const mark = document.createElement('mark');
                    mark.className = 'swatch mark-' + kind;
                    mark.textContent = 'ab';
                    key.append(mark);
                    const s = getComputedStyle(mark);
                    const filled = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
                    // everything a reader can see without telling colours apart
                    const pattern = [s.borderTopStyle, s.borderBottomStyle, s.borderBottomWidth, s.outlineStyle,
                      s.textDecorationLine, s.textDecorationStyle, filled].join(' ');
                    mark.remove();
                    return {kind, pattern};
                  }));
                });
                """);

        // then
        assertThat(swatches).hasSizeGreaterThanOrEqualTo(14);
        Set<Object> patterns = new HashSet<>();
        for (Map<String, Object> s : swatches) {
            assertThat(patterns.add(s.get("pattern"))).as("%s looks like another kind: %s", s.get("kind"), s.get("pattern")).isTrue();
        }
    }

    @Test
    void should_label_evidence_and_describe_scores_in_a_candidates_words() {
        // given
        page.pick(STORY);

        // when
        page.critique();

        // then: no chip shows a report id ("sentence-0", "number-2", "gap-result-number")
        List<String> chips = page.all("#scores .evidence").stream().map(WebElement::getText).toList();
        assertThat(chips).isNotEmpty().allSatisfy(chip -> assertThat(chip)
                .doesNotMatch("^[a-z]+(-[a-z]+)*-\\d+$").doesNotStartWith("gap-").doesNotStartWith("sentence-"));
        // sentences count from 1, as a reader counts them
        assertThat(chips).noneMatch(chip -> chip.equals("Sentence 0"));
        assertThat(page.text("#scores")).doesNotContain("Between ");
    }

    @Test
    void should_not_show_an_empty_model_box_without_a_model_and_draw_the_busy_spinner() {
        // given: no language model is configured for this server
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "Offline coach"));

        // when
        page.pick(STORY).critique();
        browser.js("document.getElementById('status').dataset.kind = 'busy';");

        // then
        assertThat(page.one("#stream").isDisplayed()).isFalse();
        assertThat(page.text("#llm")).contains("No language model is configured");
        String content = (String) browser.js("return getComputedStyle(document.getElementById('status'), '::before').content;");
        String animation = (String) browser.js("return getComputedStyle(document.getElementById('status'), '::before').animationName;");
        assertThat(content).isEqualTo("\"\"");
        assertThat(animation).isEqualTo("spin");
        browser.js("document.getElementById('status').dataset.kind = '';");
    }

    @Test
    void should_date_the_chart_in_the_browsers_locale() {
        // given: an attempt in the history
        page.pick(STORY).critique();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history-chart .axis")));

        // when
        List<String> labels = page.all("#history-chart text.axis").stream().map(e -> e.getDomProperty("textContent"))
                .filter(t -> t.contains(":")).toList();
        String expected = (String) browser.js("const at = document.querySelector('#history-list time').getAttribute('datetime');"
                + " return new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit'})"
                + ".format(new Date(at));");

        // then: as the browser's locale writes a date, with the month by name; never the US-only "12/6"
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotMatch("^\\d{1,2}/\\d{1,2} .*"));
        assertThat(labels).contains(expected);
    }

    @Test
    void should_wrap_a_very_long_word_on_a_phone_screen() {
        // given
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        String longWord = "x".repeat(200);

        // when: a question of one 200-character word, and a draft holding it too
        page.freeQuestion("Why " + longWord + "?");
        page.pasteDraft("I built it. " + longWord);
        page.critique();

        // then: no sideways scrolling
        Number overflow = (Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    void should_reflow_a_source_passage_into_paragraphs_with_its_line_numbers() {
        // given
        page.pick(STORY);
        page.click("run-tie");
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tie .bridge .cite")));
        page.awaitIdle();

        // when
        page.one("#tie .bridge .cite").click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-text .source-block")));

        // then: the file's hard-wrapped lines read as one paragraph each (the fixture wraps them at 105 characters)
        List<WebElement> paragraphs = page.all("#source-text .source-block p");
        assertThat(paragraphs).isNotEmpty().allSatisfy(p -> assertThat(p.getText()).doesNotContain("\n"));
        assertThat(paragraphs).anyMatch(p -> p.getText().length() > 110);
        // and the file's line numbers stay beside the text: the passage's range, as the header gives it
        String where = page.text("#source-where");
        String firstLines = page.text("#source-text .source-block .source-lines");
        assertThat(firstLines).matches("\\d+(–\\d+)?");
        assertThat(where).contains(firstLines.contains("–") ? "lines " + firstLines : "line " + firstLines.split("–")[0]);
        page.click("source-close");
    }

    @Test
    void should_serve_the_page_as_utf_8() throws Exception {
        // when
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.replace(" ", "").toLowerCase()).isEqualTo("text/html;charset=utf-8"));
        assertThat(response.body()).contains("Tie to the company's outcomes");
    }

    private static String url(String path) {
        return fixture.url(path);
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.MAPPER.readTree(response.body());
    }
}
