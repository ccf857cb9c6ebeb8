package dev.rehearse.web;

import dev.rehearse.practice.AttemptStore;
import dev.rehearse.practice.NewAttempt;
import dev.rehearse.practice.PracticeMode;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.Patience;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A view of the page as a candidate reaches it from a freshly loaded page with an empty history: the accessibility
 * audit and the visual check both walk {@link #ALL}, so auditing and screenshotting a new view is one more line
 * there.
 *
 * @param name  what the view is called in reports and in the screenshots' file names
 * @param reach the clicks and typing that lead to it
 */
record PageView(String name, Steps reach) {

    static final String STORY = "Can you walk me through a data system you designed end-to-end, including the key decisions you made?";
    static final String DRAFT = "I led the rebuild of our event pipeline at a logistics start-up. Nightly loads took six hours"
            + " and failed twice a week, so analysts worked from stale numbers. I chose incremental loads with dbt over a"
            + " full streaming rewrite, because the team had no one to run Kafka. I wrote the merge logic, added tests on"
            + " every model and moved the schedule to Airflow. Loads now take 40 minutes and failed once in six months."
            + " Next time I would agree the data contracts with the product teams first.";
    static final String OLDER_DRAFT = "We rebuilt the pipeline and it got faster. It was a good project for the team.";

    static final List<PageView> ALL = List.of(
            new PageView("start", (page, browser, store) -> { }),
            new PageView("plan", (page, browser, store) -> showPlan(browser)),
            new PageView("critique", (page, browser, store) -> page.pick(STORY).pasteDraft(DRAFT).critique()),
            new PageView("follow-ups-and-tie", (page, browser, store) -> {
                page.pick(STORY).pasteDraft(DRAFT);
                page.click("run-followups");
                browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#followups .followup")));
                page.awaitIdle().click("run-tie");
                browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tie .bridge")));
                page.awaitIdle().awaitAttempts(2);
            }),
            new PageView("history-compare", (page, browser, store) -> {
                store.save(new NewAttempt(null, STORY, OLDER_DRAFT, PracticeMode.CRITIQUE, "{}", 2.0, "offline"));
                store.save(new NewAttempt(null, STORY, DRAFT, PracticeMode.CRITIQUE, "{}", 3.5, "offline"));
                page.freeQuestion(STORY).awaitAttempts(2).click("compare");
                browser.waiting().until(d -> !d.findElements(By.cssSelector("#diff ins")).isEmpty());
            }),
            new PageView("source", (page, browser, store) -> {
                page.pick(STORY).pasteDraft(DRAFT).click("run-tie");
                browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tie .bridge .cite")));
                page.awaitIdle().one("#tie .bridge .cite").click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-text .source-block")));
            }),
            new PageView("ask", (page, browser, store) -> {
                page.pick(STORY).pasteDraft(DRAFT).click("run-ask");
                browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ask-question")));
            }),
            new PageView("mock-interview", (page, browser, store) -> startMockInterview(page, browser)),
            new PageView("mock-debrief", (page, browser, store) -> {
                startMockInterview(page, browser);
                page.click("mock-end");
                browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-debrief")));
            }));

    /** Opens today's plan from its link and waits until due today, the coverage map and the stories are on screen. */
    static void showPlan(Browser browser) {
        browser.driver().findElement(By.id("plan-nav")).click();
        browser.waiting(Patience.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#plan-due .plan-due-item")).isEmpty()
                && !d.findElements(By.cssSelector("#plan-stories .plan-story")).isEmpty()
                && !d.findElements(By.cssSelector("#plan-coverage li")).isEmpty());
    }

    /** Opens the mock interview from its link in the top bar and starts a two-question session: its first question shown. */
    private static void startMockInterview(PracticePage page, Browser browser) {
        page.click("mock-nav");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-setup")));
        browser.js("document.getElementById('mock-questions').value = '2';"
                + " document.getElementById('mock-followups').value = '0';");
        page.click("mock-start");
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(".mock-turn.interviewer")).isEmpty()
                && "false".equals(d.findElement(By.id("mock-session")).getDomAttribute("aria-busy")));
    }

    /** How a view is reached: the page to drive, the browser to wait with, and the history to seed. */
    @FunctionalInterface
    interface Steps {
        void run(PracticePage page, Browser browser, AttemptStore store);
    }

    @Override
    public String toString() {
        return name;
    }
}
