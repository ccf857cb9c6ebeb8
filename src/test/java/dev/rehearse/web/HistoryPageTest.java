package dev.rehearse.web;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.Patience;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The history of a question across a server restart: the chart, the word diff of two attempts, the export. */
@Tag("integration")
class HistoryPageTest {

    private static final String QUESTION = "what makes a good data model";
    private static final String FIRST = "I think a good data model is basically clear. It has stuff like keys and things.";
    private static final String SECOND = "A good data model makes the right answer the easy query. Three principles matter"
            + " most to me. First, every table has one clearly defined grain, so a row means one thing and totals never"
            + " double count. Second, names and keys are consistent across the model, so analysts can join facts to"
            + " conformed dimensions without guessing. Third, it is built for how the business asks questions, not for"
            + " how the source system stores data. For example, when I rebuilt the PayPal payments pipeline, I modelled"
            + " a payments fact table at the grain of one transaction, with dimensions for payment type, merchant and"
            + " date. I chose that over a wide weekly table because the weekly load had failed whenever one day was"
            + " missing. The trade-off was more joins for analysts, which I covered with a documented reporting view."
            + " As a result, finance reconciled weekly totals in 20 minutes instead of 4 hours, and the number of"
            + " reporting incidents dropped from 6 a month to 1. What I learned is to agree the grain with the"
            + " people who use the data before writing any SQL.";

    @TempDir
    Path dataDir;

    @Test
    void should_keep_attempts_across_a_restart_chart_them_diff_two_and_export_the_prep_pack() throws Exception {
        try (Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser);

            // given: two critiqued attempts at one question, saved by the page
            try (LiveServer first = LiveServer.start(dataDir)) {
                page.open(first.url("/")).pick(QUESTION);
                page.pasteDraft(FIRST).critique().awaitAttempts(1);
                page.pasteDraft(SECOND).critique().awaitAttempts(2);
            }

            // when: the server restarts on the same data folder (another port) and the user comes back
            try (LiveServer second = LiveServer.start(dataDir)) {
                page.open(second.url("/")).pick(QUESTION).awaitAttempts(2);

                // then: both attempts, newest first, with their scores, and one chart point each
                List<WebElement> rows = page.all("#history-list tbody tr");
                assertThat(rows.get(0).getText()).contains("critique");
                assertThat(page.all("#history-chart svg circle.point")).hasSize(2);
                String chartTitle = page.one("#history-chart svg title").getDomProperty("textContent");
                assertThat(chartTitle).startsWith("Overall score over 2 scored attempts");
                assertThat(score(rows.get(0))).as("the concrete draft scores higher").isGreaterThan(score(rows.get(1)));
                assertThat(page.text("#history-status")).contains("2 attempts");

                // when: the user compares the two drafts (older → newer is preselected)
                page.click("compare");
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diff .diff-text")));

                // then: removed words struck through, added ones marked, the rest plain
                assertThat(page.all("#diff del")).extracting(WebElement::getText).anyMatch(t -> t.contains("basically"));
                assertThat(page.all("#diff ins")).extracting(WebElement::getText).anyMatch(t -> t.contains("conformed dimensions"));
                assertThat(page.text("#diff [data-testid=diff-summary]")).matches("\\d+ words? added, \\d+ removed\\.");
                String oldSide = (String) browser.js("const c = document.querySelector('#diff .diff-text').cloneNode(true);"
                        + " c.querySelectorAll('ins').forEach(e => e.remove()); return c.textContent");
                String newSide = (String) browser.js("const c = document.querySelector('#diff .diff-text').cloneNode(true);"
                        + " c.querySelectorAll('del').forEach(e => e.remove()); return c.textContent");
                assertThat(oldSide).isEqualTo(FIRST);
                assertThat(newSide).isEqualTo(SECOND);
                browser.screenshot("history");
                browser.js("document.getElementById('history').scrollIntoView()");
                browser.screenshot("history-diff");

                // when: the user exports the prep pack
                page.click("export");

                // then: a Markdown file with the question, its best attempt and the follow-ups to prepare
                Path file = awaitDownload(browser.downloads());
                assertThat(file.getFileName().toString()).matches("rehearse-prep-pack-\\d{4}-\\d\\d-\\d\\d\\.md");
                String md = Files.readString(file);
                assertThat(md).startsWith("# Rehearse prep pack").contains("what makes a good data model?")
                        .contains("> " + SECOND.substring(0, 40)).contains("### Follow-ups to prepare").contains("### Company ties")
                        .contains("2 attempts in all").contains("**Scores:** substance");
                assertThat(page.text("#status")).contains("Prep pack exported");
            }
        }
    }

    private static double score(WebElement row) {
        return Double.parseDouble(row.findElements(By.tagName("td")).get(2).getText());
    }

    private static Path awaitDownload(Path folder) {
        return await("a prep pack downloaded into " + folder).atMost(Patience.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> firstMarkdown(folder), Objects::nonNull);
    }

    private static Path firstMarkdown(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".md")).findFirst().orElse(null);
        }
    }
}
