package org.policykg.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.policykg.web.BrowserITBase;

/** The dashboard in Chromium: the SVG's bars have the heights and figures of the due-by-month query, as has the table. */
class DashboardBrowserIT extends BrowserITBase {

    private static final String PLACE = "广东省";

    /** Month → [due, overdue] from the JSON API, as of today. */
    private Map<String, List<Long>> apiCounts() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + webPort
                + "/api/queries/web/due-by-month?today=" + LocalDate.now() + "&jurisdiction=" + URLEncoder.encode(PLACE, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Map<String, List<Long>> out = new LinkedHashMap<>();
        for (JsonNode row : new ObjectMapper().readTree(r.body()).get("rows")) {
            out.put(row.get(0).asText(), List.of(row.get(1).asLong(), row.get(2).asLong()));
        }
        return out;
    }

    private static double height(WebElement bar, String part) {
        return Double.parseDouble(bar.findElement(By.cssSelector("rect." + part)).getAttribute("height"));
    }

    @Test
    void shouldDrawABarPerMonthWithTheQuerysCounts() throws Exception {
        open("/dashboard?jurisdiction=" + URLEncoder.encode(PLACE, StandardCharsets.UTF_8));
        Map<String, List<Long>> api = apiCounts();
        assertThat(api).isNotEmpty();

        List<WebElement> bars = browser.findElements(By.cssSelector("figure.chart svg g.bar"));
        Map<String, List<Long>> drawn = new LinkedHashMap<>();
        bars.stream().filter(b -> !b.getAttribute("data-due").equals("0")).forEach(b -> drawn.put(b.getAttribute("data-month"),
                List.of(Long.parseLong(b.getAttribute("data-due")), Long.parseLong(b.getAttribute("data-overdue")))));
        assertThat(drawn).containsExactlyEntriesOf(api);

        long max = api.values().stream().mapToLong(c -> c.get(0)).max().orElseThrow();
        double tallest = bars.stream().mapToDouble(b -> height(b, "overdue") + height(b, "upcoming")).max().orElseThrow();
        for (WebElement b : bars) {
            long due = Long.parseLong(b.getAttribute("data-due"));
            long overdue = Long.parseLong(b.getAttribute("data-overdue"));
            assertThat(height(b, "overdue") + height(b, "upcoming")).isCloseTo(tallest * due / max, within(0.01));
            assertThat(height(b, "overdue")).isCloseTo(tallest * overdue / max, within(0.01));
        }

        long overdueTotal = api.values().stream().mapToLong(c -> c.get(1)).sum();
        assertThat(browser.findElement(By.id("overdue-total")).getText()).isEqualTo(String.valueOf(overdueTotal));
        assertThat(browser.findElements(By.cssSelector("table.months tbody tr"))).hasSize(api.size());
        assertThat(browser.findElements(By.cssSelector("table.months td.due"))).extracting(WebElement::getText)
                .containsExactlyElementsOf(api.values().stream().map(c -> String.valueOf(c.get(0))).toList());
        screenshot("dashboard");
    }

    @Test
    void shouldNarrowToAnAgencyFromTheForm() {
        open("/dashboard");
        long all = Long.parseLong(browser.findElement(By.id("due-total")).getText());
        WebElement agency = browser.findElement(By.name("agency"));
        agency.sendKeys("湛江市工业和信息化局");
        agency.submit();

        assertThat(browser.getCurrentUrl()).contains("agency=");
        assertThat(Long.parseLong(browser.findElement(By.id("due-total")).getText())).isPositive().isLessThan(all);
    }
}
