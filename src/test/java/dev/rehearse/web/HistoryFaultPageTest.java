package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.practice.LockHolderMain;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.ChildJvm;
import dev.rehearse.testing.LiveServer;
import dev.rehearse.testing.ReadOnlyPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * What the user sees when the practice history cannot be written: the critique still shows, and the status line
 * says in words that this run was not saved to the history and why, naming the file. When the obstacle is gone
 * the next run is saved.
 */
@Tag("integration")
class HistoryFaultPageTest {

    private static final String QUESTION = "walk me through a data system you designed";
    private static final String DRAFT = "I designed the PayPal ingestion pipeline end to end. I split daily ingestion from weekly"
            + " aggregation, so a failed load no longer blocked the reports. Reconciliation fell from 4 hours to 20 minutes.";

    @TempDir
    Path data;

    @BeforeEach
    void needsChromium() {
        Browser.requireChromium();
    }

    @Test
    void should_show_the_critique_and_say_it_was_not_saved_while_another_program_locks_the_history() throws Exception {
        try (LiveServer server = LiveServer.start(data); Browser browser = Browser.start()) {
            // given: a history on disk, then another program holding its write lock
            saveOneAttempt(server);
            Path db = data.resolve("practice.db").toAbsolutePath();
            PracticePage page = new PracticePage(browser).open(server.url("/")).pick(QUESTION);
            try (ChildJvm holder = ChildJvm.start(LockHolderMain.class, List.of(db.toString()))) {
                holder.awaitLines("LOCKED"::equals, 1, Duration.ofSeconds(60));

                // when
                page.pasteDraft(DRAFT).critique();

                // then: the scores are there, and the status says the run was not saved, why and where
                String status = awaitNotSaved(browser);
                assertThat(page.all("#scores .overall-score")).hasSize(1);
                assertThat(status).contains("Not saved to your history: Could not save the attempt").contains(db.toString(), "locked");
                assertThat(page.one("#status").getDomAttribute("data-kind")).isEqualTo("error");
                assertThat(page.all("#history-list tbody tr")).isEmpty();
                browser.fullScreenshot("history-not-saved");

                holder.send("release");
                holder.awaitLines("RELEASED"::equals, 1, Duration.ofSeconds(30));
            }

            // when the lock is gone, the next run is saved and listed
            page.critique().awaitAttempts(1);
            assertThat(page.text("#status")).doesNotContain("Not saved");
        }
    }

    @Test
    void should_show_the_critique_and_say_it_was_not_saved_while_the_data_folder_is_read_only() throws Exception {
        try (LiveServer server = LiveServer.start(data); Browser browser = Browser.start()) {
            PracticePage page = new PracticePage(browser);
            // given: the data folder read-only before the history is first opened
            try (ReadOnlyPath readOnly = ReadOnlyPath.of(data)) {
                page.open(server.url("/")).pick(QUESTION);

                // when
                page.pasteDraft(DRAFT).critique();

                // then
                String status = awaitNotSaved(browser);
                assertThat(page.all("#scores .overall-score")).hasSize(1);
                assertThat(status).contains("Not saved to your history: Could not save the attempt").contains("read-only");
                assertThat(page.text("#history-status")).startsWith("History unavailable:").contains("read-only");
            }

            page.critique().awaitAttempts(1);
        }
    }

    private static String awaitNotSaved(Browser browser) {
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("status")).getText().contains("Not saved"));
        return browser.driver().findElement(By.id("status")).getText();
    }

    /** One attempt of another question, saved as the page saves it: by a critique asked to save. */
    private static void saveOneAttempt(LiveServer server) throws Exception {
        String body = "{\"question\": \"Why TheyDo?\", \"draft\": \"Because of the outcomes.\", \"save\": true}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/critique")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"attemptId\":1");
    }
}
