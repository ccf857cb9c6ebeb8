package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The practice page as a user sees it: what they click and read, so the tests read like the flow. */
final class PracticePage {

    private final Browser browser;

    PracticePage(Browser browser) {
        this.browser = browser;
    }

    /**
     * Opens the page on the practice view: at {@code #practice} when the address names no view, as a bookmark of it
     * would (without it the page starts on today's plan).
     */
    PracticePage open(String url) {
        browser.driver().get(url.contains("#") ? url : url + "#practice");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bank-item")));
        return practice();
    }

    /** Shows the practice view with its link, as a candidate would, unless it or the mock interview is showing. */
    PracticePage practice() {
        // clicked again while the plan still shows: the start-up banner going away can move the link under a click
        browser.waiting().until(d -> {
            if (!d.findElement(By.id("plan-view")).isDisplayed()) {
                return true;
            }
            d.findElement(By.id("practice-nav")).click();
            return d.findElement(By.id("draft")).isDisplayed();
        });
        return this;
    }

    /**
     * Waits until what the page loads by itself has arrived: the coach's status (with the company's name on the
     * buttons) and, once a question is chosen, its type's length target.
     */
    PracticePage awaitLoaded() {
        browser.waiting(Duration.ofSeconds(30)).until(d -> {
            boolean engine = !d.findElement(By.id("engine")).getText().startsWith("Checking");
            if (d.findElement(By.id("mock-view")).isDisplayed()) {
                return engine; // the mock interview hides the practice layout, whose texts then read as empty
            }
            if (d.findElement(By.id("plan-view")).isDisplayed()) {
                return engine && !d.findElement(By.id("plan-summary")).getText().startsWith("Loading");
            }
            boolean chosen = !d.findElement(By.id("question-title")).getText().equals("No question chosen yet");
            return engine && (!chosen || d.findElement(By.id("length-target")).getText().contains(" question"));
        });
        return this;
    }

    /** Clicks the bank question whose text contains {@code words}. */
    PracticePage pick(String words) {
        practice();
        WebElement item = browser.driver().findElements(By.cssSelector(".bank-item")).stream()
                .filter(b -> b.getText().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no question containing '" + words + "' in the bank"));
        item.click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-title"), words));
        return this;
    }

    PracticePage freeQuestion(String text) {
        practice();
        WebElement input = browser.driver().findElement(By.id("free-question"));
        input.clear();
        input.sendKeys(text);
        browser.driver().findElement(By.cssSelector("#free-form button[type=submit]")).click();
        return this;
    }

    WebElement draft() {
        return browser.driver().findElement(By.id("draft"));
    }

    String draftText() {
        return draft().getDomProperty("value");
    }

    /** Replaces the whole draft the way a paste does (one input event). */
    PracticePage pasteDraft(String text) {
        browser.js("const d = arguments[0]; d.value = arguments[1]; d.dispatchEvent(new Event('input', {bubbles: true}));",
                draft(), text);
        return this;
    }

    /**
     * Clicks the button {@code id}, and again until the button has received the click: a click can land beside a
     * button that the start-up banner moved as it went away, and the page then does nothing. The page counts the
     * clicks the button receives (a listener this method adds), so a click that did arrive is never repeated and
     * an action never runs twice.
     */
    PracticePage click(String id) {
        WebElement button = browser.driver().findElement(By.id(id));
        long before = received(button);
        button.click();
        browser.waiting().pollingEvery(Duration.ofSeconds(1)).until(d -> {
            List<WebElement> found = d.findElements(By.id(id));
            if (found.isEmpty() || !found.get(0).equals(button) || !button.isDisplayed() || !button.isEnabled()) {
                return true; // gone, redrawn, hidden or disabled: something the click started, and no button to retry
            }
            if (received(button) > before) {
                return true;
            }
            button.click();
            return false;
        });
        return this;
    }

    /** How many clicks the button has received since this page object first asked (adding the counting listener). */
    private long received(WebElement button) {
        return (Long) browser.js("const b = arguments[0];"
                + " if (b.dataset.testClicks === undefined) {"
                + "   b.dataset.testClicks = '0';"
                + "   b.addEventListener('click', () => { b.dataset.testClicks = String(Number(b.dataset.testClicks) + 1); }, true);"
                + " }"
                + " return Number(b.dataset.testClicks);", button);
    }

    /** Runs the critique with the button and waits until the scores are on screen. */
    PracticePage critique() {
        click("run-critique");
        return awaitScores();
    }

    PracticePage awaitScores() {
        browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#scores .overall-score")));
        awaitIdle();
        return this;
    }

    /** Waits until no action runs (the Stop button is disabled again) and the attempt has been saved. */
    PracticePage awaitIdle() {
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("stop")).isEnabled()
                && d.findElement(By.id("run-critique")).isEnabled());
        return this;
    }

    /** The marked draft's text without the part labels: the draft as it was critiqued. */
    String markedDraft() {
        return (String) browser.js("const c = document.querySelector('#marked .marked-text').cloneNode(true);"
                + " c.querySelectorAll('.part-tag').forEach(t => t.remove()); return c.textContent;");
    }

    String text(String cssSelector) {
        return browser.driver().findElement(By.cssSelector(cssSelector)).getText();
    }

    List<WebElement> all(String cssSelector) {
        return browser.driver().findElements(By.cssSelector(cssSelector));
    }

    WebElement one(String cssSelector) {
        return browser.driver().findElement(By.cssSelector(cssSelector));
    }

    /** Waits until the history lists {@code count} attempts. */
    PracticePage awaitAttempts(int count) {
        browser.waiting().until(d -> d.findElements(By.cssSelector("#history-list tbody tr")).size() == count);
        return this;
    }
}
