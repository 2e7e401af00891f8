package org.policykg.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.policykg.web.BrowserITBase;

/** The document reader in Chromium: a highlight of each kind of fact, a focused one shows its fact; outline and links. */
class ReaderBrowserIT extends BrowserITBase {

    private static final String DOC = "湛江市2021年推动落后产能退出工作方案";

    private List<String> apiValues(String kind) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort
                + "/api/queries/web/document-facts?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(r.body());
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.asText()));
        List<String> values = new ArrayList<>();
        json.get("rows").forEach(row -> {
            if (row.get(columns.indexOf("kind")).asText().equals(kind)) {
                values.add(row.get(columns.indexOf("value")).asText());
            }
        });
        return values;
    }

    @Test
    void shouldHighlightEachKindAndShowAFocusedFact() throws Exception {
        open("/document?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));

        for (String kind : Fact.KIND_ORDER) {
            assertThat(browser.findElements(By.cssSelector(".source-text .fact." + kind))).as(kind).isNotEmpty();
        }
        WebElement owner = browser.findElement(By.cssSelector(".source-text mark.fact.owner"));
        WebElement tip = browser.findElement(By.id(owner.getAttribute("aria-describedby")));
        assertThat(tip.isDisplayed()).isFalse();
        String words = owner.getText().strip();

        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", owner);
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).startsWith("责任单位").contains("原文“" + words + "”").contains("置信度 0.");
        String value = tip.getText().replaceFirst("^[^：]*：", "").replaceFirst(" · .*", "");
        assertThat(apiValues("owner")).contains(value);
        screenshot("reader", owner);

        // the keyboard moves on to the next highlight (or trace link), and a focused one shows its own fact only
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(tip.isDisplayed()).isFalse();
    }

    @Test
    void shouldLinkOutlineTraceAndCitations() {
        open("/document?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));

        WebElement entry = browser.findElement(By.cssSelector("nav.outline li li a"));
        String anchor = entry.getAttribute("href").replaceFirst(".*#", "");
        entry.click();
        assertThat(browser.getCurrentUrl()).endsWith("#" + anchor);
        assertThat(browser.findElements(By.id(anchor))).hasSize(1);

        assertThat(browser.findElements(By.cssSelector("a.trace-link"))).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/trace?clause="));
        WebElement citation = browser.findElement(By.cssSelector("a.fact.citation"));
        assertThat(citation.getAttribute("href")).contains("/document?doc=");
        String cited = citation.getText().strip();
        citation.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
        assertThat(cited).contains(browser.findElement(By.tagName("h1")).getText().replaceAll("\\s", "").substring(0, 4));
    }
}
