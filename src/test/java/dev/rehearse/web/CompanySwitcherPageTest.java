package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.service.DraftRequest;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.CompaniesFixture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The header's company switcher over a folder with two companies: the tie's company name and the history follow it. */
@Tag("integration")
class CompanySwitcherPageTest {

    private static final String WORDS = "walk me through a data system";
    private static final String DRAFT = "I rebuilt the PayPal ingestion pipeline: a daily ingestion pipeline that landed raw"
            + " files and a separate aggregation pipeline, so a failed aggregation could be rerun and retries were idempotent.";

    @RegisterExtension
    static final PageFixture fixture = PageFixture.offline(CompaniesFixture::build, (index, service) -> {
        // one saved tie, for Northwind Freight only
        PracticeQuestion q = index.knowledge().questions().stream()
                .filter(p -> p.question().toLowerCase().contains(WORDS)).findFirst().orElseThrow();
        service.tie(new DraftRequest(q.question(), DRAFT, q.id(), true, null, "northwind"));
    });
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = fixture.browser();
    }

    @Test
    void should_switch_the_tie_company_and_the_history_with_the_header_switcher() {
        // given: the default company, Northwind Freight
        PracticePage page = new PracticePage(browser).open(fixture.url("/")).awaitLoaded();
        WebElement switcher = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-switch")));
        Select select = new Select(switcher);
        assertThat(select.getOptions()).extracting(WebElement::getText).containsExactly("Northwind Freight", "TheyDo");
        assertThat(select.getFirstSelectedOption().getText()).isEqualTo("Northwind Freight");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-tie"), "Northwind Freight"));
        page.pick("walk me through");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-status"), "1 attempt"));
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("companies");

        // when
        new Select(browser.driver().findElement(By.id("company-switch"))).selectByVisibleText("TheyDo");

        // then: the page reloads for TheyDo, whose history of the same question is empty
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("run-tie"), "TheyDo"));
        PracticePage again = new PracticePage(browser).awaitLoaded();
        assertThat(new Select(browser.driver().findElement(By.id("company-switch"))).getFirstSelectedOption().getText())
                .isEqualTo("TheyDo");
        again.pick("walk me through");
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-status"), "No attempts"));
        List<String> placeholders = List.of(browser.driver().findElement(By.id("free-question")).getDomAttribute("placeholder"));
        assertThat(placeholders).singleElement().asString().contains("TheyDo");
    }
}
