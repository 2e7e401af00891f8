package org.policykg.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.web.BrowserITBase;

/** An agency's calendar in Chromium: chosen by name, a month of its deadlines, the next month, and its .ics. */
class CalendarBrowserIT extends BrowserITBase {

    private static final String AGENCY = "湛江市工业和信息化局";

    @Test
    void shouldShowAMonthOfAnAgencysDeadlinesAndItsIcs() throws Exception {
        open("/calendar");
        WebElement name = browser.findElement(By.name("agency"));
        name.sendKeys(AGENCY);
        name.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("agency="));

        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(AGENCY);
        String title = browser.findElement(By.id("month-title")).getText();
        List<WebElement> busy = browser.findElements(By.cssSelector("table.month td.busy"));
        List<String> listed = browser.findElements(By.cssSelector("table.due-list td.due")).stream().map(WebElement::getText).toList();
        assertThat(busy).isNotEmpty();
        assertThat(busy.stream().mapToInt(td -> td.findElements(By.tagName("li")).size()).sum()).isEqualTo(listed.size());
        YearMonth month = YearMonth.from(LocalDate.parse(listed.get(0)));
        assertThat(title).isEqualTo(month.getYear() + "年" + month.getMonthValue() + "月");
        assertThat(listed).allSatisfy(d -> assertThat(YearMonth.from(LocalDate.parse(d))).isEqualTo(month));
        screenshot("calendar");

        String ics = browser.findElement(By.cssSelector("a.ics")).getAttribute("href");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ics)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(r.body()).startsWith("BEGIN:VCALENDAR").contains("X-WR-CALNAME:" + AGENCY);

        browser.findElement(By.cssSelector("nav.month-nav a[rel=next]")).click();
        YearMonth next = month.plusMonths(1);
        assertThat(browser.findElement(By.id("month-title")).getText()).isEqualTo(next.getYear() + "年" + next.getMonthValue() + "月");
        assertThat(browser.getCurrentUrl()).contains("month=" + next);
    }

    @Test
    void shouldSuggestAgencyNamesAsOneTypesAndOpenTheChosenOnesCalendar() {
        open("/calendar?agency=" + URLEncoder.encode(AGENCY, StandardCharsets.UTF_8));
        assertThat(browser.findElements(By.cssSelector("datalist#agency-names option"))).isEmpty();

        String part = AGENCY.substring(1, 7);
        WebElement name = browser.findElement(By.name("agency"));
        name.clear();
        name.sendKeys(part);
        By suggestion = By.cssSelector("datalist#agency-names option[value='" + AGENCY + "']");
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(suggestion));
        assertThat(browser.findElements(By.cssSelector("datalist#agency-names option"))).extracting(o -> o.getAttribute("value"))
                .hasSizeLessThanOrEqualTo(20).allSatisfy(n -> assertThat(n).contains(part));

        name.clear();
        name.sendKeys(browser.findElement(suggestion).getAttribute("value"));
        name.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.ics")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(AGENCY);
    }

    @Test
    void shouldListTheAgenciesWithDeadlines() {
        open("/calendar");
        assertThat(browser.findElements(By.cssSelector("ul.agencies a"))).extracting(WebElement::getText).contains(AGENCY);
        open("/calendar?agency=" + URLEncoder.encode("没有这个单位", StandardCharsets.UTF_8));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("404");
    }
}
