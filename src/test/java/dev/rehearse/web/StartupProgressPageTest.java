package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.http.StartupServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.IndexingProgress;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.BundledKnowledge;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A first start, as a candidate who opens the page at once sees it: the passages embedded so far of all, while the
 * index builds, and then the page by itself once the real server takes over the address.
 */
@Tag("integration")
class StartupProgressPageTest {

    @Test
    void should_show_the_indexing_progress_and_go_on_by_itself_when_the_server_is_ready() throws Exception {
        // given: the start-up server of a first start, before any passage is embedded
        Browser.requireChromium();
        Path dataDir = Files.createTempDirectory("rehearse-startup");
        IndexingProgress progress = new IndexingProgress();
        StartupServer starting = new StartupServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir), progress).start();
        int port = starting.port();
        RehearseServer server = null;
        try (AttemptStore store = AttemptStore.inDataDir(dataDir); Browser browser = Browser.start()) {
            browser.driver().get("http://127.0.0.1:" + port + "/");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("startup-text"), "Starting"));

            // when: the embedding gets going
            progress.update(120, 480);

            // then: the page counts the passages, and the API says why it cannot answer yet
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("startup-text"), "120 of 480 passages"));
            assertThat(browser.driver().findElement(By.id("startup-progress")).getDomProperty("value")).isEqualTo("120");
            assertThat(browser.driver().findElement(By.id("startup-progress")).getDomProperty("max")).isEqualTo("480");
            HttpResponse<String> questions = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/questions")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(questions.statusCode()).isEqualTo(503);
            assertThat(questions.body()).contains("\"error\":\"starting\"", "120 of 480 passages");

            // and when the index is ready and the real server takes the same address
            starting.stop();
            server = new RehearseServer(new ServerSettings("127.0.0.1", port, BundledKnowledge.FOLDER, dataDir),
                    RehearseApp.offline(BundledKnowledge.index(), store)).start();

            // then: the page loads the questions without a reload, and the progress is gone
            browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bank-item")));
            assertThat(browser.driver().findElement(By.id("startup")).isDisplayed()).isFalse();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "Offline coach"));
        } finally {
            starting.stop();
            if (server != null) {
                server.stop();
            }
        }
    }
}
