package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.service.Json;
import dev.rehearse.practice.QuestionKey;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.LiveServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The practice page in headless Chromium against the real server: the bundled notes, the real offline coach,
 * a real practice history in a temp folder.
 */
@Tag("integration")
class PracticePageTest {

    private static final String PAYPAL_QUESTION = "walk me through a data system you designed";

    private static LiveServer server;
    private static Browser browser;
    private PracticePage page;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        server = LiveServer.shared();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = new PracticePage(browser).open(server.url("/"));
    }

    @Test
    void should_prefill_the_notes_answer_then_critique_the_edited_draft_with_scores_and_highlights() throws Exception {
        // given: the question's current answer from the notes
        JsonNode question = bankQuestion(PAYPAL_QUESTION);
        String notesAnswer = question.get("answer").asText();
        String key = QuestionKey.of(question.get("id").asText(), null);
        int before = server.store().history(key).size();

        // when: the user picks the question, edits the draft and runs the critique
        page.pick(PAYPAL_QUESTION);
        assertThat(page.draftText()).isEqualTo(notesAnswer);
        String wordsBefore = page.text("#word-count");
        page.draft().sendKeys(Keys.END, " I think we basically improved things a lot.");
        assertThat(page.text("#word-count")).isNotEqualTo(wordsBefore);
        page.critique();

        // then: an overall score and the five dimensions, each with its reasons
        assertThat(page.text("#scores .overall-score")).matches("[1-5](\\.\\d)?");
        List<WebElement> dims = page.all("#scores .dimension");
        assertThat(dims).extracting(d -> d.getDomAttribute("data-dimension"))
                .containsExactly("substance", "structure", "relevance", "credibility", "delivery");
        assertThat(page.all("#scores .dimension .reasons li")).hasSizeGreaterThan(5);
        assertThat(page.text("#scores")).contains("Says what you did with named systems (PayPal");

        // then: the findings are marked in the draft: the hedge, the vague words, STAR parts tinted and named
        assertThat(page.all("#marked mark.mark-hedge")).extracting(WebElement::getText).contains("I think");
        assertThat(page.all("#marked mark.mark-vague")).extracting(WebElement::getText).contains("things");
        assertThat(page.all("#marked mark.mark-filler")).extracting(WebElement::getText).contains("basically");
        // the notes' own typo, caught by the spelling check, while the names in the notes are not flagged
        assertThat(page.all("#marked mark.mark-spelling")).extracting(WebElement::getText).contains("seperate")
                .doesNotContain("PayPal");
        assertThat(page.all("#marked .part-tag")).extracting(t -> t.getDomProperty("textContent")).contains("Situation", "Action", "Result");
        assertThat(page.one("#marked mark.mark-hedge").getDomAttribute("title")).startsWith("Hedge:");
        assertThat(page.text("#legend")).contains("Hedge", "Vague wording", "Action");
        // the marked text is the draft itself, word for word
        assertThat(page.markedDraft()).isEqualTo(notesAnswer + " I think we basically improved things a lot.");
        // and the length target is the behavioural question's
        assertThat(page.text("#length-target")).contains("150–300 words").contains("behavioural");
        // follow-ups and company ties came with the critique
        assertThat(page.all("#followups .followup")).hasSizeBetween(3, 6);
        assertThat(page.all("#tie .bridge")).isNotEmpty();

        // then: the attempt was saved, and the history shows it
        page.awaitAttempts(before + 1);
        assertThat(server.store().history(key)).hasSize(before + 1);
        assertThat(server.store().get(server.store().history(key).get(0).id()).orElseThrow().draft())
                .isEqualTo(notesAnswer + " I think we basically improved things a lot.");
        // and at 1280 px the filled page does not scroll sideways
        assertThat(browser.js("return window.innerWidth")).isEqualTo(1280L);
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        browser.fullScreenshot("critique");
        overviewScreenshot();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void should_list_follow_ups_and_company_ties_on_their_own_and_save_each_run() throws Exception {
        // given
        JsonNode question = bankQuestion(PAYPAL_QUESTION);
        String key = QuestionKey.of(question.get("id").asText(), null);
        int before = server.store().history(key).size();
        page.pick(PAYPAL_QUESTION);

        // when: Follow-ups
        page.click("run-followups");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#followups .followup")).isEmpty());
        page.awaitIdle();

        // then: 3 to 6 questions, each with why and where in the notes to prepare from
        assertThat(page.all("#followups .followup")).hasSizeBetween(3, 6);
        assertThat(page.all("#followups .followup-question")).allSatisfy(q -> assertThat(q.getText()).endsWith("?"));
        assertThat(page.all("#followups .prepare .cite")).isNotEmpty();

        // when: Tie to TheyDo's outcomes
        page.click("run-tie");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#tie .bridge")).isEmpty());
        page.awaitIdle();

        // then: bridging sentences, each citing the company research
        assertThat(page.all("#tie .bridge")).hasSizeBetween(2, 3).allSatisfy(b ->
                assertThat(b.findElement(By.cssSelector(".cite")).getText()).startsWith("company/"));

        // and both runs are in the history with their modes
        page.awaitAttempts(before + 2);
        assertThat(server.store().history(key)).extracting(a -> a.mode().wireName()).startsWith("tie", "followups");
    }

    @Test
    void should_open_a_cited_passage_with_its_file_lines_and_text() {
        // given
        page.pick(PAYPAL_QUESTION).critique();

        // when: the user follows a follow-up's "prepare from" link
        WebElement prepare = page.one("#followups .prepare .cite");
        assertThat(prepare.getText()).isEqualTo("candidate/theydo-data-engineer-notes.txt:69-77");
        prepare.click();

        // then: the passage opens: file, lines, text
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-text"), "PayPal"));
        assertThat(page.one("#source-dialog").getDomProperty("open")).isEqualTo("true");
        assertThat(page.text("#source-where")).contains("candidate/theydo-data-engineer-notes.txt").contains("lines 69–77");
        assertThat(page.text("#source-text")).contains("PayPal ingestion pipeline");
        browser.screenshot("source-passage");
        page.click("source-close");
        browser.waiting().until(d -> !"true".equals(d.findElement(By.id("source-dialog")).getDomProperty("open")));

        // and a bridging sentence's citation opens the company research it is built from
        WebElement bridgeSource = page.one("#tie .bridge .cite");
        assertThat(bridgeSource.getText()).startsWith("company/");
        bridgeSource.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("source-where"), "company/"));
        assertThat(page.text("#source-text")).isNotBlank();
        page.click("source-close");
    }

    @Test
    void should_run_the_critique_with_ctrl_enter() {
        // given
        String question = "Tell me about a time you fixed a broken pipeline";
        page.freeQuestion(question);
        int before = server.store().history(QuestionKey.of(null, question)).size();

        // when: typing, then Ctrl+Enter in the draft
        page.draft().sendKeys("I rebuilt the nightly load so it ran in 20 minutes instead of 4 hours.");
        page.draft().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        // then
        page.awaitScores();
        assertThat(page.all("#scores .dimension")).hasSize(5);
        assertThat(page.all("#marked mark.mark-change, #marked mark.mark-number")).isNotEmpty();
        assertThat(page.draftText()).doesNotContain("\n"); // the shortcut did not type a line break
        page.awaitAttempts(before + 1);
        assertThat(server.store().history(QuestionKey.of(null, question))).hasSize(before + 1);
    }

    @Test
    void should_flag_no_number_inside_pasted_markup_or_a_range_and_still_flag_a_bare_count() {
        // given: a range whose unit follows its second number, a script pasted with the notes, and one bare number
        String draft = "I owned the nightly PayPal load. Failures went from 40 to 2 failures a week after I split ingestion"
                + " from aggregation. <script>window.__x=1</script> The team rated the change 7.";
        page.freeQuestion("Tell me about a pipeline you rebuilt").pasteDraft(draft);

        // when
        page.critique();

        // then: only the bare "7" is a number without a unit; the range and the markup are not
        String findings = (String) browser.js("return document.getElementById('findings').textContent");
        assertThat(findings.split("A number without a unit", -1)).as(findings).hasSize(2);
        assertThat(findings).contains("Number 7 A number without a unit", "Before → after: 40 → 2 failures",
                "Markup pasted with the draft").doesNotContain("Number 1 ");
        // and each number is listed against the notes, the range once
        assertThat(findings).contains("Number check 40 to 2 failures Not in your notes: be ready to back it.");
    }

    @Test
    void should_show_html_in_a_draft_as_text_and_run_none_of_it() {
        // given: a draft and a question carrying markup that would run if it were ever parsed as HTML
        String hostile = "<script>document.title='pwned';window.pwned=1</script> I rebuilt the pipeline "
                + "<img src=x onerror=\"document.title='pwned';window.pwned=2;alert(1)\"> in 6 weeks.";
        String question = "<img src=x onerror=alert('q')> why <b>us</b>?";
        page.freeQuestion(question);
        int before = server.store().history(QuestionKey.of(null, question)).size();
        page.pasteDraft(hostile);

        // when
        page.critique();
        page.awaitAttempts(before + 1);
        page.all("#history-list button.link-button").get(0).click(); // open the saved attempt too
        page.awaitIdle();

        // then: the text is on screen as typed
        assertThat(page.text("#question-title")).isEqualTo("<img src=x onerror=alert('q')> why <b>us</b>?");
        assertThat(page.markedDraft()).isEqualTo(hostile).contains("<script>document.title='pwned';window.pwned=1</script>")
                .contains("<img src=x onerror=");
        // and nothing ran: no alert, no changed title, no global, no element made from the text
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.driver().getTitle()).isEqualTo("Rehearse");
        assertThat(browser.js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.js("return document.querySelectorAll('main img, main script, main b').length")).isEqualTo(0L);
        // the page's own modules are its only scripts
        assertThat(browser.js("return Array.from(document.scripts).filter(s => !s.src.startsWith(location.origin + '/js/')).length"))
                .isEqualTo(0L);
        assertThat(browser.consoleErrors()).noneMatch(e -> e.contains("Content Security Policy"));
    }

    @Test
    void should_show_the_words_as_speaking_time_at_140_words_a_minute_against_the_target() {
        // given
        page.freeQuestion("Tell me about a pipeline you rebuilt");
        // the question's type, and so its target, is known before any critique
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("length-target"), "for behavioural question"));

        // when: a 280-word draft (35 sentences of 8 words)
        page.pasteDraft("We moved the nightly load to hourly batches. ".repeat(35));

        // then: 280 words take two minutes at 140 words a minute, inside the 150–300 word target
        assertThat(page.text("#word-count")).isEqualTo("280 words");
        assertThat(page.text("#speaking-time")).isEqualTo("2:00 spoken at 140 words a minute");
        assertThat(page.text("#length-target")).isEqualTo("target 150–300 words (1:04–2:09) for behavioural question: within target");

        // when: cut to 70 words
        page.pasteDraft("We moved the nightly load to hourly batches. ".repeat(8) + "It took me six weeks alone.");

        // then: half a minute, too short
        assertThat(page.text("#word-count")).isEqualTo("70 words");
        assertThat(page.text("#speaking-time")).isEqualTo("0:30 spoken at 140 words a minute");
        assertThat(page.text("#length-target")).endsWith(": too short");
    }

    @Test
    void should_start_pause_resume_and_reset_the_practice_timer_with_its_buttons() {
        // given: a timer at zero, on a page whose clock moves only when the test moves it
        assertThat(page.text("#timer-display")).isEqualTo("0:00");
        assertThat(page.text("#timer-toggle")).isEqualTo("Start");
        PageClock clock = PageClock.install(browser);

        // when: Start, and a second passes
        page.click("timer-toggle");
        clock.advance(Duration.ofSeconds(1));

        // then: it counts
        assertThat(page.text("#timer-toggle")).isEqualTo("Pause");
        assertThat(clock.ticking()).isEqualTo(1);
        browser.waiting(Duration.ofSeconds(5)).until(d -> page.text("#timer-display").equals("0:01"));

        // when: Pause, and five seconds pass
        page.click("timer-toggle");
        clock.advance(Duration.ofSeconds(5));

        // then: it holds still: its tick is cancelled and it shows the time it paused at
        assertThat(page.text("#timer-toggle")).isEqualTo("Start");
        assertThat(clock.ticking()).isZero();
        assertThat(page.text("#timer-display")).isEqualTo("0:01");

        // when: Start again, and two seconds pass
        page.click("timer-toggle");
        clock.advance(Duration.ofSeconds(2));

        // then: it goes on from where it paused, not from zero
        browser.waiting(Duration.ofSeconds(5)).until(d -> page.text("#timer-display").equals("0:03"));

        // when: Reset while it runs, and three seconds pass
        page.click("timer-reset");
        clock.advance(Duration.ofSeconds(3));

        // then: it is back at zero and stopped
        assertThat(page.text("#timer-display")).isEqualTo("0:00");
        assertThat(page.text("#timer-toggle")).isEqualTo("Start");
        assertThat(clock.ticking()).isZero();
    }

    @Test
    void should_group_the_question_bank_by_the_parts_of_the_notes() throws Exception {
        // given: the questions as the API gives them, grouped by their section in order of first appearance
        Map<String, List<String>> expected = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (JsonNode q : questions()) {
            String section = q.path("section").asText("");
            String heading = section.isEmpty() ? "Questions" : section;
            expected.computeIfAbsent(heading, h -> new ArrayList<>()).add(q.get("question").asText());
            firstLine.merge(heading, q.get("lines").get("start").asInt(), Math::min);
        }
        List<String> notes = Files.readAllLines(BundledKnowledge.FOLDER.resolve("candidate/theydo-data-engineer-notes.txt"));
        int part2Line = 1 + java.util.stream.IntStream.range(0, notes.size())
                .filter(i -> notes.get(i).strip().startsWith("> PART 2")).findFirst().orElseThrow();

        // when: the page lists them
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (WebElement section : page.all("#bank-list .bank-section")) {
            shown.put(section.findElement(By.tagName("h3")).getDomProperty("textContent"),
                    section.findElements(By.cssSelector(".bank-question")).stream().map(b -> b.getDomProperty("textContent")).toList());
        }

        // then: one heading per part, each holding that part's questions in the notes' order
        assertThat(shown).containsExactlyEntriesOf(expected);
        assertThat(shown.keySet()).containsExactly("Part 1", "Part 2");
        assertThat(shown.get("Part 2")).isNotEmpty();
        // and the Part 2 group is the notes after their "> PART 2 -" line, Part 1 the notes before it
        assertThat(firstLine.get("Part 2")).isGreaterThan(part2Line);
        for (JsonNode q : questions()) {
            int line = q.get("lines").get("start").asInt();
            assertThat(q.get("section").asText()).as(q.get("question").asText()).isEqualTo(line > part2Line ? "Part 2" : "Part 1");
        }
    }

    @Test
    void should_say_the_page_runs_offline_without_a_language_model() {
        browser.waiting().until(d -> !d.findElement(By.id("engine")).getText().startsWith("Checking"));
        assertThat(page.text("#engine")).isEqualTo("Offline coach · no language model configured");
        assertThat(page.one("#engine").getDomAttribute("data-mode")).isEqualTo("offline");
    }

    @Test
    void should_fit_a_phone_screen_without_sideways_scrolling() {
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            page.open(server.url("/")).pick(PAYPAL_QUESTION).critique();
            assertThat(browser.js("return window.innerWidth")).isEqualTo(390L);
            assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
            browser.fullScreenshot("phone-full");
            browser.js("document.getElementById('question-title').scrollIntoView()");
            browser.screenshot("phone");
            browser.js("document.getElementById('scores-card').scrollIntoView()");
            browser.screenshot("phone-scores");
        } finally {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    @Test
    void should_follow_the_systems_dark_mode() {
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            page.open(server.url("/")).pick(PAYPAL_QUESTION).critique();
            String background = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
            assertThat(luminance(background)).isLessThan(0.1);
            browser.fullScreenshot("dark");
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
        String light = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
        assertThat(luminance(light)).isGreaterThan(0.8);
    }

    @Test
    void should_show_a_visible_focus_ring_and_label_every_control() {
        // keyboard: the skip link comes first in the tab order (the page opened at #practice starts tabbing from that
        // view, so step back to it from the header's first control), and on the practice view it leads to the answer
        page.one("#mock-nav").sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Skip to your answer");
        assertThat(focused.getDomAttribute("href")).isEqualTo("#draft");
        page.pick(PAYPAL_QUESTION);
        WebElement critique = page.one("#run-critique");
        browser.js("arguments[0].focus()", page.one("#run-ask"));
        page.one("#run-ask").sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("run-tie");
        String outline = (String) browser.js("return getComputedStyle(document.activeElement).outlineStyle");
        assertThat(outline).isEqualTo("solid");
        assertThat(critique.getAccessibleName()).isEqualTo("Critique");
        // every form control has an accessible name
        for (WebElement control : page.all("input, textarea, button, select")) {
            if (control.isDisplayed()) {
                assertThat(control.getAccessibleName()).as(control.getDomAttribute("id") + " has a name").isNotBlank();
            }
        }
    }

    /** How many pixels the page is wider than the window (0 or less: no sideways scrolling). */
    private static int sidewaysOverflow() {
        return ((Number) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue();
    }

    /** The view the README shows (docs/screenshot.png is a copy): the top of the page after a critique. */
    private static void overviewScreenshot() {
        org.openqa.selenium.Dimension size = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1500));
        try {
            browser.js("window.scrollTo(0, 0); document.getElementById('draft').scrollTop = 0; document.activeElement.blur()");
            browser.screenshot("overview");
        } finally {
            browser.driver().manage().window().setSize(size);
        }
    }

    private JsonNode bankQuestion(String questionWords) throws Exception {
        for (JsonNode q : questions()) {
            if (q.get("question").asText().toLowerCase().contains(questionWords)) {
                return q;
            }
        }
        throw new AssertionError("no question with " + questionWords);
    }

    /** GET /api/questions: the question bank as the server gives it. */
    private static JsonNode questions() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url("/api/questions"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body()).get("questions");
    }

    /** Relative luminance of an "rgb(r, g, b)" colour, 0 black to 1 white. */
    static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        double r = Integer.parseInt(parts[0]) / 255.0;
        double g = Integer.parseInt(parts[1]) / 255.0;
        double b = Integer.parseInt(parts[2]) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
}
