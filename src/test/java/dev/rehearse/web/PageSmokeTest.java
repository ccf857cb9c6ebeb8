package dev.rehearse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.testing.Browser;
import dev.rehearse.testing.LiveServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

class PageSmokeTest {

    @TempDir
    Path dataDir;

    @Test
    void should_load() {
        try (LiveServer server = LiveServer.start(dataDir); Browser browser = Browser.start()) {
            browser.driver().get(server.url("/"));
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bank-item")));
            WebElement first = browser.driver().findElements(By.cssSelector(".bank-item")).get(0);
            first.click();
            System.out.println("DRAFT: " + browser.driver().findElement(By.id("draft")).getAttribute("value"));
            System.out.println("COUNT: " + browser.driver().findElement(By.id("length-readout")).getText());
            System.out.println("ERRORS: " + browser.consoleErrors());
            browser.screenshot("smoke");
        }
    }
}
