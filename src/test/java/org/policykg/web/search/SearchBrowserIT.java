package org.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.web.BrowserITBase;

/** Full-text search in Chromium: a Chinese phrase typed into the box, its hits marked, and a click that lands on the clause. */
class SearchBrowserIT extends BrowserITBase {

    private static final String PHRASE = "安全生产";

    @Test
    void shouldFindAChinesePhraseAndLandOnTheClause() throws Exception {
        open("/");
        browser.findElement(By.linkText("全文检索")).click();
        WebElement box = browser.findElement(By.name("q"));
        box.sendKeys(PHRASE);
        box.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("q="));

        assertThat(Integer.parseInt(browser.findElement(By.id("hit-count")).getText())).isPositive();
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.findElements(By.tagName("mark")))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(PHRASE)));
        screenshot("search");

        WebElement first = hits.get(0).findElement(By.cssSelector("a.clause"));
        String path = first.getText();
        first.click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/trace?clause="));

        assertThat(browser.findElement(By.cssSelector("section.step p.text")).getText()).contains(PHRASE);
        assertThat(browser.findElement(By.cssSelector("section.step p a")).getText()).isEqualTo(path);
    }

    @Test
    void shouldPrintWhatWasTypedAsTextNotMarkup() {
        open("/search?q=%3Cb%3E%E5%AE%89%E5%85%A8%3C%2Fb%3E");

        assertThat(browser.findElements(By.cssSelector("main b"))).isEmpty();
        assertThat(browser.findElement(By.name("q")).getAttribute("value")).isEqualTo("<b>安全</b>");
    }
}
