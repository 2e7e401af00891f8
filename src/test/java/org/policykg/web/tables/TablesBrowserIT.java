package org.policykg.web.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.policykg.web.BrowserITBase;

/** The task table page in Chromium: the preview, the DOCX downloaded and read back with POI, a subordinate's draft. */
class TablesBrowserIT extends BrowserITBase {

    private static final String DOC = "湛江市2021年推动落后产能退出工作方案";

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    private static Path downloaded(String extension) throws Exception {
        waiting(Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(f -> f.toString().endsWith("." + extension));
            } catch (java.io.IOException e) {
                return false;
            }
        });
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith("." + extension)).findFirst().orElseThrow();
        }
    }

    @Test
    void shouldDownloadTheDocxOfThePreviewedTable() throws Exception {
        open("/tables?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));
        List<String> header = texts("table.preview thead th");
        List<String> numbers = texts("table.preview tbody td.num");
        List<String> tasks = browser.findElements(By.cssSelector("table.preview tbody tr")).stream()
                .filter(tr -> !tr.findElements(By.cssSelector("td.num")).isEmpty())
                .map(tr -> tr.findElements(By.cssSelector("td.cell")).get(0).getText().strip()).toList();
        assertThat(header).startsWith("序号", "主要任务");
        assertThat(numbers).isNotEmpty().hasSameSizeAs(tasks);
        screenshot("tables");

        browser.findElement(By.cssSelector("p.downloads a[data-format=DOCX]")).click();
        Path docx = downloaded("docx");
        assertThat(docx.getFileName().toString()).isEqualTo(browser.findElement(By.id("table-title")).getText() + ".docx");

        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            XWPFTable table = word.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactlyElementsOf(header);
            List<XWPFTableRow> numbered = table.getRows().stream().skip(1)
                    .filter(r -> r.getTableCells().size() == header.size() && !r.getCell(0).getText().isBlank()).toList();
            assertThat(numbered).extracting(r -> r.getCell(0).getText().strip()).containsExactlyElementsOf(numbers);
            assertThat(numbered).extracting(r -> r.getCell(1).getText().strip()).containsExactlyElementsOf(tasks);
        }
    }

    @Test
    void shouldShowTheHtmlTableWithItsOwnStyle() {
        open("/tables?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));
        String title = browser.findElement(By.id("table-title")).getText();

        browser.findElement(By.cssSelector("p.downloads a[data-format=HTML]")).click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("format=html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        // the page's inline style applies under its policy: the table's borders collapse as it says
        assertThat(browser.findElement(By.tagName("table")).getCssValue("border-collapse")).isEqualTo("collapse");
    }

    @Test
    void shouldDraftTheTableOfASubordinateFromTheForm() {
        open("/tables?doc=" + URLEncoder.encode("广东省2019年推动落后产能退出工作方案", StandardCharsets.UTF_8));
        WebElement target = browser.findElement(By.name("draftFor"));
        target.sendKeys("湛江市");
        target.submit();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("draftFor="));

        assertThat(browser.findElement(By.id("table-title")).getText()).contains("湛江市").endsWith("（草稿）");
        assertThat(texts("table.preview tbody td.num")).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("p.downloads a[data-format=XLSX]")).getAttribute("href"))
                .contains("draftFor=").contains("format=xlsx");
    }
}
