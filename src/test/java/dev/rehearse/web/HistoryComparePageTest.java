package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.practice.Attempt;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The history table as a candidate meets it: which drafts Compare offers, what the empty history says about Ask,
 * and the table on a 390 px phone. Attempts are stored as the server stores them, straight into its history.
 */
@Tag("integration")
class HistoryComparePageTest {

    private static final String QUESTION = "How would you design a slowly changing dimension?";
    private static final String OLD_DRAFT = "I would keep history somehow, maybe with dates.";
    private static final String NEW_DRAFT = "I would use a type 2 dimension with valid-from and valid-to dates and a current flag.";

    @TempDir
    Path dataDir;

    private static Attempt save(AttemptStore store, String draft, PracticeMode mode, Double score) {
        return store.save(new NewAttempt(null, QUESTION, draft, mode, "{}", score, "offline"));
    }

    @Test
    void should_compare_the_latest_two_different_drafts_when_the_newest_runs_share_one() {
        try (Browser browser = Browser.start(); LiveServer server = LiveServer.start(dataDir)) {
            // given: a critique of an old draft, then Critique, Follow-ups and Tie on a new one
            Attempt old = save(server.store(), OLD_DRAFT, PracticeMode.CRITIQUE, 2.0);
            save(server.store(), NEW_DRAFT, PracticeMode.CRITIQUE, 3.0);
            save(server.store(), NEW_DRAFT, PracticeMode.FOLLOWUPS, null);
            Attempt newest = save(server.store(), NEW_DRAFT, PracticeMode.TIE, null);
            PracticePage page = new PracticePage(browser);

            // when
            page.open(server.url("/")).freeQuestion(QUESTION).awaitAttempts(4);

            // then: from the old draft to the newest attempt, and the diff shows a change
            assertThat(page.one("input[name=diff-from]:checked").getDomProperty("value")).isEqualTo(String.valueOf(old.id()));
            assertThat(page.one("input[name=diff-to]:checked").getDomProperty("value")).isEqualTo(String.valueOf(newest.id()));
            page.click("compare");
            browser.waiting().until(d -> !d.findElements(By.cssSelector("#diff ins")).isEmpty());
            assertThat(page.text("#diff")).doesNotContain("are the same");
        }
    }

    @Test
    void should_offer_no_comparison_when_every_attempt_has_the_same_draft() {
        try (Browser browser = Browser.start(); LiveServer server = LiveServer.start(dataDir)) {
            // given
            save(server.store(), NEW_DRAFT, PracticeMode.CRITIQUE, 3.0);
            save(server.store(), NEW_DRAFT, PracticeMode.FOLLOWUPS, null);
            PracticePage page = new PracticePage(browser);

            // when
            page.open(server.url("/")).freeQuestion(QUESTION).awaitAttempts(2);

            // then
            assertThat(browser.driver().findElements(By.id("compare"))).isEmpty();
        }
    }

    @Test
    void should_say_that_ask_runs_are_not_saved_when_a_question_has_no_attempts() {
        try (Browser browser = Browser.start(); LiveServer server = LiveServer.start(dataDir)) {
            // when
            new PracticePage(browser).open(server.url("/")).freeQuestion(QUESTION);
            browser.waiting().until(d -> d.findElement(By.id("history-status")).getText().startsWith("No attempts"));

            // then
            assertThat(browser.driver().findElement(By.id("history-status")).getText())
                    .contains("Critique, Follow-ups and Tie", "Ask runs are not");
        }
    }

    @Test
    void should_show_open_and_delete_whole_without_a_sideways_scroll_on_a_390_px_phone() {
        try (Browser browser = Browser.start(390, 844); LiveServer server = LiveServer.start(dataDir)) {
            // given
            save(server.store(), OLD_DRAFT, PracticeMode.CRITIQUE, 2.0);
            save(server.store(), NEW_DRAFT, PracticeMode.CRITIQUE, 3.0);
            PracticePage page = new PracticePage(browser);

            // when
            page.open(server.url("/")).freeQuestion(QUESTION).awaitAttempts(2);
            browser.js("document.getElementById('history').scrollIntoView()");
            browser.screenshot("history-phone");

            // then: the table fits its box and the page, and each button shows its whole word
            Object overflow = browser.js("const s = document.querySelector('#history-list .table-scroll');"
                    + " return Math.max(s.scrollWidth - s.clientWidth, document.documentElement.scrollWidth - window.innerWidth)");
            assertThat(((Number) overflow).longValue()).isLessThanOrEqualTo(0);
            for (var button : browser.driver().findElements(By.cssSelector("#history-list tbody .link-button"))) {
                Object clipped = browser.js("const b = arguments[0]; const r = b.getBoundingClientRect();"
                        + " return b.scrollWidth > b.clientWidth || r.right > window.innerWidth", button);
                assertThat(clipped).as(button.getText()).isEqualTo(false);
                assertThat(button.getText()).isIn("Open", "Delete");
            }
            // and no word in the table is broken across two lines ("Delet e", "Scor e")
            Object broken = browser.js("return [...document.querySelectorAll('#history-list th, #history-list td')]"
                    + ".flatMap(c => [...c.querySelectorAll('*'), c]).flatMap(e => [...e.childNodes])"
                    + ".filter(n => n.nodeType === 3 && /^\\S+$/.test(n.textContent.trim()))"
                    + ".filter(n => { const r = document.createRange(); r.selectNodeContents(n);"
                    + " return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size > 1; })"
                    + ".map(n => n.textContent.trim())");
            assertThat((java.util.List<?>) broken).isEmpty();
        }
    }
}
