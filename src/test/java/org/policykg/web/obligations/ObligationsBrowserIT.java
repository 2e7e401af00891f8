package org.policykg.web.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policykg.web.BrowserITBase;

/**
 * The obligations explorer in Chromium: filtered by an agency typed into the form (or picked from the names suggested
 * as one types), then by a due window in the URL.
 */
class ObligationsBrowserIT extends BrowserITBase {

    private static final String AGENCY = "湛江市工业和信息化局";

    private int rowCount() {
        return Integer.parseInt(browser.findElement(By.id("row-count")).getText());
    }

    private List<String> column(String css) {
        return browser.findElements(By.cssSelector("table.obligations tbody td." + css)).stream().map(WebElement::getText).toList();
    }

    private int apiRows(String agency) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort
                + "/api/queries/obligations-of-agency?agency=" + URLEncoder.encode(agency, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(r.body()).get("rows").size();
    }

    @Test
    void shouldFilterByAnAgencyAndADueWindow() throws Exception {
        open("/obligations");
        int all = rowCount();

        WebElement agency = browser.findElement(By.name("agency"));
        agency.sendKeys(AGENCY);
        agency.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("agency="));

        assertThat(rowCount()).isPositive().isLessThan(all).isEqualTo(apiRows(AGENCY));
        assertThat(column("agency")).isNotEmpty().allSatisfy(a -> assertThat(a).isEqualTo(AGENCY));
        assertThat(browser.findElement(By.name("agency")).getAttribute("value")).isEqualTo(AGENCY);

        open("/obligations?agency=" + URLEncoder.encode(AGENCY, StandardCharsets.UTF_8) + "&role=lead&from=2021-01-01&to=2021-12-31");
        List<String> due = column("due");
        assertThat(due).isNotEmpty().allSatisfy(d -> assertThat(LocalDate.parse(d)).isBetween(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-12-31")));
        assertThat(due).isSorted();
        assertThat(new Select(browser.findElement(By.name("role"))).getFirstSelectedOption().getText()).isEqualTo("牵头");
        assertThat(browser.findElements(By.cssSelector("td.role"))).allSatisfy(r -> assertThat(r.getAttribute("data-role")).isEqualTo("lead"));
        screenshot("obligations");
    }

    @Test
    void shouldSuggestTheNamesContainingWhatIsTypedAndFilterByTheOneChosen() throws Exception {
        open("/obligations");
        int all = rowCount();
        assertThat(browser.findElements(By.cssSelector("datalist#agency-names option"))).isEmpty();

        // two characters inside the name, not its start: the suggestions come from any two of them
        String part = AGENCY.substring(1, 7);
        WebElement agency = browser.findElement(By.name("agency"));
        agency.sendKeys(part);
        By suggestion = By.cssSelector("datalist#agency-names option[value='" + AGENCY + "']");
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(suggestion));
        List<String> suggested = browser.findElements(By.cssSelector("datalist#agency-names option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(suggested).hasSizeLessThanOrEqualTo(20).allSatisfy(n -> assertThat(n).contains(part));

        // picking a suggestion puts its value into the field, as the browser's list does
        agency.clear();
        agency.sendKeys(browser.findElement(suggestion).getAttribute("value"));
        agency.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("agency="));
        assertThat(rowCount()).isPositive().isLessThan(all).isEqualTo(apiRows(AGENCY));
        assertThat(column("agency")).isNotEmpty().allSatisfy(a -> assertThat(a).isEqualTo(AGENCY));
    }

    @Test
    void shouldFilterByStatusAsOfToday() {
        open("/obligations");
        int all = rowCount();

        new Select(browser.findElement(By.name("status"))).selectByVisibleText("已逾期");
        browser.findElement(By.name("status")).submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("status=overdue"));
        int overdue = rowCount();
        assertThat(column("due")).isNotEmpty().allSatisfy(d -> assertThat(LocalDate.parse(d)).isBefore(LocalDate.now()));

        open("/obligations?status=undated");
        assertThat(column("due")).isNotEmpty().allSatisfy(d -> assertThat(d).isEmpty());
        assertThat(rowCount() + overdue).isLessThanOrEqualTo(all);
    }

    @Test
    void shouldLinkEachRowToItsClauseInTheReader() {
        open("/obligations?agency=" + URLEncoder.encode(AGENCY, StandardCharsets.UTF_8));
        WebElement clause = browser.findElement(By.cssSelector("table.obligations tbody a.clause"));
        String anchor = clause.getAttribute("href").replaceFirst(".*#", "");

        clause.click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/document?doc="));
        assertThat(browser.findElements(By.id(anchor))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".source-text")).getText()).contains(AGENCY.substring(3));
    }

    @Test
    void shouldFilterByLevelAndJurisdictionAndPageThroughTheRows() {
        open("/obligations");
        int all = rowCount();
        assertThat(browser.findElements(By.cssSelector("table.obligations tbody tr"))).hasSize(RowPage.SIZE);

        browser.findElement(By.cssSelector("nav.pages a[rel=next]")).click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("page=2"));
        assertThat(browser.findElement(By.id("page")).getText()).isEqualTo("2");
        assertThat(rowCount()).isEqualTo(all);

        new Select(browser.findElement(By.name("level"))).selectByVisibleText("市级");
        WebElement place = browser.findElement(By.name("jurisdiction"));
        place.sendKeys("广东省");
        place.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("jurisdiction="));
        assertThat(rowCount()).isPositive().isLessThan(all);
        assertThat(browser.findElements(By.cssSelector("table.obligations tbody td:nth-child(6)"))).extracting(WebElement::getText)
                .allSatisfy(t -> assertThat(t).startsWith("湛江市"));
    }
}
