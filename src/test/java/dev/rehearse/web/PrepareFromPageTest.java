package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Prepare from" under a follow-up links the passage that helps answer it: for a question about the company, the
 * company research, not the candidate's own notes for the question they were just asked.
 */
@Tag("integration")
class PrepareFromPageTest {

    private static final String WHY_US = "Why TheyDo specifically? What stood out to you about us?";
    private static final String DRAFT = "TheyDo stood out because journey management ties customer experience to"
            + " business outcomes. I have built data platforms that measure outcomes, and I want to bring that to a"
            + " product that turns journeys into decisions. The AI features interest me most.";

    @Test
    void should_link_a_company_questions_follow_ups_to_the_company_research_that_helps() throws Exception {
        try (Browser browser = Browser.start(); LiveServer server = LiveServer.start(Files.createTempDirectory("rehearse-prepare"))) {
            // given
            PracticePage page = new PracticePage(browser).open(server.url("/")).pick("Why TheyDo specifically");
            String ownNotes = page.text("#question-meta");
            page.pasteDraft(DRAFT);

            // when
            page.click("run-followups");
            browser.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#followups .followup")));
            page.awaitIdle();

            // then: the links name research files, and the ones that are the question's own notes are not all there is
            List<WebElement> links = page.all("#followups .prepare .cite");
            List<String> places = links.stream().map(WebElement::getText).toList();
            assertThat(places).as("prepare-from links; the question's own notes are %s", ownNotes).isNotEmpty()
                    .anyMatch(p -> p.startsWith("company/"));
            assertThat(places).as("every link is the question's own notes").anyMatch(p -> !ownNotes.contains(p));

            // and a research link opens that passage
            WebElement research = links.stream().filter(l -> l.getText().startsWith("company/")).findFirst().orElseThrow();
            String place = research.getText();
            research.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source-text .source-block")));
            assertThat(page.text("#source-where")).contains(place.substring(0, place.indexOf(':')));
        }
    }
}
