package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** The access token as a browser user meets it: refused without it, then one visit with ?token= and the page works. */
@Tag("integration")
class AccessTokenPageTest {

    private static final String TOKEN = "page-token-0123456789abcdef";

    @TempDir
    Path dataDir;

    @Test
    void should_refuse_the_page_without_the_token_and_work_after_one_visit_with_it() {
        try (LiveServer server = LiveServer.start(dataDir, TOKEN); Browser browser = Browser.start()) {
            // when: the page without the token
            browser.driver().get(server.url("/"));

            // then: a 401 that says what to do, and no page
            assertThat(browser.driver().findElement(By.tagName("body")).getText())
                    .contains("\"status\":401").contains("needs its access token").doesNotContain(TOKEN);

            // when: once with ?token=
            browser.driver().get(server.url("/?token=" + TOKEN));

            // then: the address loses the token, the cookie carries it, and the page and its API calls work
            PracticePage page = new PracticePage(browser);
            browser.waiting().until(d -> !d.findElements(By.cssSelector(".bank-item")).isEmpty());
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.url("/")).doesNotContain(TOKEN);
            assertThat(browser.js("return document.cookie")).isEqualTo(""); // HttpOnly: scripts cannot read it
            page.pick("walk me through a data system you designed").critique().awaitAttempts(1);
            assertThat(server.store().attemptCount()).isEqualTo(1);
        }
    }
}
