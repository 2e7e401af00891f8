package org.policykg.web.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.web.BrowserITBase;

/** The SPARQL editor in Chromium: a catalog query picked from the list, run, its rows read and downloaded as CSV. */
class SparqlEditorBrowserIT extends BrowserITBase {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private void pick(String query) {
        browser.findElement(By.cssSelector("button.catalog-query[data-query='" + query + "']")).click();
        waiting(WAIT).until(ExpectedConditions.textToBe(By.id("query-name"), query));
    }

    private WebElement visible(String css) {
        return waiting(WAIT).until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** Runs the selected tab's query and reads the result table: the header row, then each row's cells. */
    private List<List<String>> run() {
        visible(".yasqe_queryButton").click();
        WebElement table = visible(".yasr table.dataTable");
        waiting(WAIT).until(d -> !table.findElements(By.cssSelector("tbody tr td")).isEmpty());
        List<String> header = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).map(String::strip).toList();
        List<List<String>> rows = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList()).toList();
        return Stream.concat(Stream.of(header), rows.stream()).toList();
    }

    private static String cell(List<List<String>> table, int row, String column) {
        return table.get(row).get(table.get(0).indexOf(column));
    }

    @Test
    void shouldRunCatalogQueriesFromTheirTabsAndShowTheRows() throws Exception {
        open("/sparql");
        assertThat(browser.getTitle()).contains("SPARQL 查询编辑器");
        assertThat(browser.findElements(By.cssSelector("button.catalog-query"))).extracting(WebElement::getText)
                .contains("stats", "documents", "obligations-of-agency", "rules/deadline-before-issue");

        pick("obligations-of-agency");
        assertThat(browser.findElement(By.cssSelector("#query-params tbody")).getText()).contains("agency", "string");

        pick("documents");
        assertThat(browser.findElement(By.id("query-description")).getText()).contains("every document in the store, with its level");
        List<List<String>> documents = run();
        assertThat(documents).hasSize(1 + 5);
        int title = documents.get(0).indexOf("title");
        assertThat(documents.subList(1, documents.size())).extracting(row -> row.get(title))
                .contains("湛江市2021年推动落后产能退出工作方案", "芜湖市2020年落后产能退出工作方案", "开平市2024年推动落后产能退出工作计划");

        pick("stats");
        assertThat(browser.findElement(By.id("query-description")).getText()).startsWith("how much the store holds: documents");
        List<List<String>> stats = run();
        assertThat(stats).hasSize(2);
        assertThat(cell(stats, 1, "documents")).isEqualTo("5");
        assertThat(cell(stats, 1, "subdivisions")).isEqualTo("199");
        screenshot("sparql");
    }

    @Test
    void shouldDownloadTheResultTableAsCsv() throws Exception {
        open("/sparql");
        pick("stats");
        run();

        visible(".yasr_downloadIcon").click();
        Path csv = waiting(WAIT).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv, StandardCharsets.UTF_8)).getRecords();
        assertThat(rows.get(0).toList()).startsWith("documents", "subdivisions", "clauses");
        assertThat(rows.get(1).toList()).startsWith("5", "199");
    }
}
