package dev.rehearse.web;

import dev.rehearse.RehearseApp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.KnowledgeVocabulary;
import dev.rehearse.coach.LanguageCheckSetup;
import dev.rehearse.coach.language.EnglishVariant;
import dev.rehearse.coach.language.LanguageChecker;
import dev.rehearse.config.ServerSettings;
import dev.rehearse.http.RehearseServer;
import dev.rehearse.llm.settings.LlmSettings;
import dev.rehearse.practice.AttemptStore;
import dev.rehearse.search.KnowledgeIndex;
import dev.rehearse.testing.Browser;
import dev.rehearse.testing.BundledKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The status pill follows the spelling check as it loads, without a reload: it never stays "not ready". */
@Tag("integration")
class SpellingStatusPageTest {

    @Test
    void should_update_the_status_pill_when_the_spelling_check_becomes_ready() throws Exception {
        // given: a server whose spelling check has not started loading yet
        Browser.requireChromium();
        Path dataDir = Files.createTempDirectory("rehearse-spelling-status");
        KnowledgeIndex index = BundledKnowledge.index();
        LanguageChecker language = LanguageCheckSetup.prepare(EnglishVariant.BRITISH, KnowledgeVocabulary.from(index.knowledge()));
        try (AttemptStore store = AttemptStore.inDataDir(dataDir); Browser browser = Browser.start()) {
            RehearseServer server = new RehearseServer(new ServerSettings("127.0.0.1", 0, BundledKnowledge.FOLDER, dataDir),
                    RehearseApp.service(index, language, LlmSettings.none(), Optional.empty(), store))
                    .start();
            try {
                browser.driver().get("http://127.0.0.1:" + server.javalin().port() + "/");
                browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("engine"), "spelling check loading"));

                // when: it loads, as serve starts it once the server listens
                language.startLoading();

                // then: the pill says so by itself, however long the load takes on a busy machine
                browser.waiting(Duration.ofSeconds(180)).until(d -> !d.findElement(By.id("engine")).getText().contains("spelling"));
                assertThat(language.isReady()).isTrue();
                assertThat(browser.driver().findElement(By.id("engine")).getText()).isEqualTo("Offline coach · no language model configured");
            } finally {
                server.stop();
            }
        }
    }
}
