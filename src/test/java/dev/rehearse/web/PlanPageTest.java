package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Today's plan in Chromium, over the bundled notes with an empty history: the page a candidate lands on. */
@Tag("integration")
class PlanPageTest {

    private static final String CONFLICT = "Tell me about a time you disagreed with a colleague or stakeholder.";
    private static final String FAILURE = "Tell me about a time you failed or made a mistake.";

    @RegisterExtension
    static final PageFixture fixture = PageFixture.withPlan();
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = fixture.browser();
    }

    @BeforeEach
    void openThePage() {
        Look.DESKTOP.apply(browser);
        browser.driver().get(fixture.url("/"));
        PageView.showPlan(browser);
    }

    @Test
    void should_show_todays_plan_first_with_the_practice_view_one_click_away_when_the_page_opens() {
        // then
        assertThat(browser.driver().findElement(By.id("plan-view")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".layout")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.id("plan-nav")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.driver().findElement(By.id("plan-summary")).getText()).contains("minutes");
        // and the skip link leads to the plan, not to the hidden answer box
        assertThat(browser.driver().findElement(By.cssSelector(".skip-link")).getDomAttribute("href")).isEqualTo("#plan-title");

        // when
        browser.driver().findElement(By.id("practice-nav")).click();

        // then
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft")));
        assertThat(browser.driver().findElement(By.id("plan-view")).isDisplayed()).isFalse();
        assertThat(browser.driver().findElement(By.cssSelector(".skip-link")).getDomAttribute("href")).isEqualTo("#draft");
    }

    @Test
    void should_list_a_question_no_story_answers_first_when_showing_due_today() {
        // when
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#plan-due .plan-due-item"));

        // then
        assertThat(items.get(0).getDomAttribute("data-kind")).isEqualTo("gap");
        assertThat(items.get(0).getText()).containsIgnoringCase("No story yet");
        assertThat(items).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains(CONFLICT));
    }

    @Test
    void should_show_conflict_and_failure_as_gaps_when_showing_the_coverage_map() {
        // when
        List<String> gaps = browser.driver().findElements(By.cssSelector("#plan-coverage ul")).get(0)
                .findElements(By.tagName("li")).stream().map(WebElement::getText).toList();

        // then
        assertThat(gaps).anySatisfy(g -> assertThat(g).contains(CONFLICT).contains("wanted: a disagreement"));
        assertThat(gaps).anySatisfy(g -> assertThat(g).contains(FAILURE));
    }

    @Test
    void should_put_the_question_in_the_practice_view_when_a_due_question_is_opened() {
        // given
        WebElement conflict = browser.driver().findElement(By.cssSelector("#plan-due button[data-question-id='standard:conflict']"));

        // when
        conflict.click();

        // then
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-title"), CONFLICT));
        assertThat(browser.driver().findElement(By.id("draft")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("plan-view")).isDisplayed()).isFalse();
        assertThat(browser.driver().getCurrentUrl()).endsWith("#practice");
    }

    @Test
    void should_pick_the_bank_question_with_its_notes_answer_when_a_due_question_from_the_notes_is_opened() {
        // given: the questions never practised are folded away under their own summary
        browser.driver().findElement(By.cssSelector("#plan-due .plan-fresh summary")).click();
        WebElement fresh = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#plan-due .plan-fresh .plan-due-item button")));
        String id = fresh.getDomAttribute("data-question-id");
        String question = fresh.findElement(By.xpath("./..")).findElement(By.cssSelector(".plan-question")).getText();

        // when
        fresh.click();

        // then: chosen as if clicked in the bank, its answer from the notes in the draft
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("question-title"), question));
        // the bank is drawn again as the choice settles, so the item is found afresh at each look
        browser.waiting().until(ExpectedConditions.attributeToBe(
                By.cssSelector(".bank-item[data-question-id='" + id + "']"), "aria-current", "true"));
        assertThat(browser.driver().findElement(By.id("draft")).getDomProperty("value")).isNotBlank();
    }

    @Test
    void should_open_the_passage_of_the_notes_when_a_story_line_is_clicked() {
        // given: the PayPal story's lines, each citing where it is in the notes
        WebElement paypal = browser.driver().findElements(By.cssSelector("#plan-stories .plan-story")).stream()
                .filter(s -> s.getText().contains("PayPal")).findFirst().orElseThrow();
        WebElement cite = paypal.findElement(By.cssSelector("dd .cite"));
        assertThat(cite.getText()).startsWith("candidate/theydo-data-engineer-notes.txt:");

        // when
        cite.click();

        // then
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-text .source-block")));
        assertThat(browser.driver().findElement(By.id("source-where")).getText()).contains("candidate/theydo-data-engineer-notes.txt");
        assertThat(browser.driver().findElement(By.id("source-text")).getText()).contains("PayPal");
        browser.driver().findElement(By.id("source-close")).click();
    }

    @Test
    void should_offer_a_stories_md_snippet_naming_each_story_with_its_lines_and_themes() {
        // when
        String snippet = browser.driver().findElement(By.id("plan-snippet")).getText();

        // then
        assertThat(snippet).contains("## ").contains("lines: candidate/theydo-data-engineer-notes.txt:").contains("themes: ");
    }
}
