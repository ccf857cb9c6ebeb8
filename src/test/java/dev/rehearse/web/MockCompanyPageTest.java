package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.RehearseApp;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.service.MockService;
import dev.rehearse.service.RehearseService;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.BundledKnowledge;
import dev.rehearse.testing.CompaniesFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The mock interview in Chromium over a folder with two companies: the page starts it for the company switched to. */
@Tag("integration")
class MockCompanyPageTest {

    private static KnowledgeIndex index;
    private static AttemptStore store;
    private static RehearseService service;
    private static RehearseServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        Path temp = Files.createTempDirectory("rehearse-mock-companies-page");
        Path folder = CompaniesFixture.build(temp);
        Path data = temp.resolve("data");
        index = KnowledgeIndex.open(folder, data.resolve("index"), BundledKnowledge.embedder());
        store = AttemptStore.inDataDir(data);
        service = RehearseApp.offline(index, store);
        server = new RehearseServer(new ServerSettings("127.0.0.1", 0, folder, data), service).start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
        if (service != null) {
            service.mock().close();
        }
        if (store != null) {
            store.close();
        }
        if (index != null) {
            index.close();
        }
    }

    @Test
    void should_start_the_mock_interview_for_the_company_chosen_in_the_switcher() {
        // given: TheyDo chosen in the header (the default is Northwind Freight), then the mock interview view
        browser.driver().get(server.url());
        WebElement switcher = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("company-switch")));
        new Select(switcher).selectByVisibleText("TheyDo");
        browser.waiting().until(d -> "TheyDo".equals(new Select(d.findElement(By.id("company-switch"))).getFirstSelectedOption().getText()));
        browser.driver().get(server.url() + "/#mock");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("mock-setup")));

        // when
        browser.driver().findElement(By.id("mock-start")).click();
        browser.waiting(Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector(".mock-turn.interviewer")).isEmpty());

        // then: the session the page started is TheyDo's, planned from TheyDo's questions
        MockService.Sessions sessions = service.mock().sessions();
        assertThat(sessions.sessions()).singleElement().extracting(MockService.SessionSummary::company).isEqualTo("theydo");
        String id = sessions.sessions().get(0).id();
        assertThat(service.mock().session(id).plan().questions()).noneMatch(q -> q.text().contains("Northwind"));
    }
}
