package org.policykg.web.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.policykg.correct.CorrectionService;
import org.policykg.query.DocumentResolver;
import org.policykg.web.BrowserITBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Correcting in the reader, in Chromium: no form without the admin credential; signed in, an owner and a deadline of the
 * 湛江 sample corrected through the form, shown as corrected in the reader (the extracted value in the tooltip), the
 * obligations explorer and the task table's preview, one undone; a value the API refuses shown in the form; a
 * correction that can no longer be placed listed as orphaned in the reader and on the corrections page, and undone there. Its own server, with an admin
 * password; the browser keeps the credential once given, so the test without it runs first.
 */
@TestPropertySource(properties = "policykg.admin.password=" + ReaderEditBrowserIT.PASSWORD)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderEditBrowserIT extends BrowserITBase {

    static final String PASSWORD = "reader-edit-secret";
    private static final String DOC = "湛江市2021年推动落后产能退出工作方案";
    private static final String PATH = "四/（一）/¶1";
    private static final String LEAD = "湛江市工业和信息化局";

    @Autowired
    CorrectionService corrections;

    @Autowired
    DocumentResolver documents;

    @AfterEach
    void undoAll() {
        corrections.list().forEach(l -> corrections.undo(l.correction().id()));
    }

    private static String reader() {
        return "/document?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8);
    }

    private void signIn() {
        browser.get("http://admin:" + PASSWORD + "@localhost:" + webPort + "/signin?to="
                + URLEncoder.encode(reader(), StandardCharsets.UTF_8));
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.edit-point")));
    }

    /** Opens the form on the clause, fills a field and submits it with the keyboard's Enter. */
    private void correct(String field, String value, String note) {
        browser.findElement(By.cssSelector("button.edit-point[data-path='" + PATH + "']")).click();
        new Select(browser.findElement(By.id("correct-field"))).selectByValue(field);
        WebElement input = browser.findElement(By.id("correct-value"));
        input.clear();
        input.sendKeys(value);
        browser.findElement(By.id("correct-note")).sendKeys(note);
        input.sendKeys("\n");
    }

    private WebElement correctedMark(String text) {
        return waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".source-text mark.fact.corrected")).stream()
                .filter(m -> m.getText().contains(text)).findFirst().orElse(null));
    }

    @Test
    @Order(1)
    void shouldOfferNoFormWithoutTheAdminCredential() {
        open(reader());

        assertThat(browser.findElements(By.cssSelector("button.edit-point"))).isEmpty();
        assertThat(browser.findElements(By.id("correct-dialog"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("p.sign-in a")).getAttribute("href")).contains("/signin?to=");
    }

    @Test
    @Order(2)
    void shouldCorrectAnOwnerAndADeadlineInTheReaderShowThemAsCorrectedAndUndoOne() throws Exception {
        signIn();
        browser.findElement(By.cssSelector("button.edit-point[data-path='" + PATH + "']")).click();
        assertThat(browser.findElement(By.id("correct-by")).getAttribute("value")).isEqualTo("admin");
        assertThat(browser.findElement(By.id("correct-value")).getAttribute("value")).contains("湛江市应急管理局");
        screenshot("reader-correct", browser.findElement(By.id("correct-dialog")));
        browser.findElement(By.id("correct-cancel")).click();

        correct("lead", LEAD, "经科室核对");
        WebElement lead = correctedMark(LEAD);
        correct("deadline", "2021-05-31", "");
        WebElement deadline = correctedMark("2021-05-31");

        WebElement leadTip = browser.findElement(By.id(correctedMark(LEAD).getAttribute("aria-describedby")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", correctedMark(LEAD));
        assertThat(leadTip.getText()).contains("人工校正").contains("原抽取值“湛江市工业和信息化局、湛江市发展和改革局")
                .contains("admin").contains("经科室核对");
        assertThat(browser.findElements(By.cssSelector(".source-text mark.fact.replaced"))).isNotEmpty();
        screenshot("reader-corrected", correctedMark(LEAD));
        assertThat(lead).isNotNull();
        assertThat(deadline).isNotNull();

        open("/obligations?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));
        List<WebElement> marked = browser.findElements(By.cssSelector("table.obligations td.agency .corrected-mark"));
        assertThat(marked).isNotEmpty();
        assertThat(marked.get(0).getAttribute("title")).contains("→ " + LEAD);
        assertThat(browser.findElements(By.cssSelector("table.obligations td.due .corrected-mark"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("table.obligations td.due")).stream().map(WebElement::getText)).contains("2021-05-31");

        open("/tables?doc=" + URLEncoder.encode(DOC, StandardCharsets.UTF_8));
        assertThat(browser.findElements(By.cssSelector("table.preview td.cell .corrected-mark")).stream()
                .map(m -> m.getAttribute("title"))).anySatisfy(t -> assertThat(t).contains("→ " + LEAD).contains("经科室核对"))
                .anySatisfy(t -> assertThat(t).contains("→ 2021-05-31"));

        open(reader());
        browser.findElement(By.cssSelector("button.edit-point[data-path='" + PATH + "']")).click();
        List<WebElement> undo = browser.findElements(By.cssSelector("#correct-made button[data-undo]"));
        assertThat(undo).hasSize(2);
        browser.findElement(By.xpath("//ul[@id='correct-made']/li[contains(., '完成时限')]/button")).click();
        waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(".source-text mark.fact.corrected")).stream()
                .noneMatch(m -> m.getText().contains("2021-05-31")));
        assertThat(correctedMark(LEAD)).isNotNull();
        assertThat(corrections.list()).hasSize(1);
    }

    @Test
    @Order(3)
    void shouldShowTheRefusalOfTheApiInTheForm() {
        signIn();
        correct("deadline", "下月底", "");

        WebElement error = waiting(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("correct-error")));
        assertThat(error.getText()).isEqualTo("a corrected deadline or date is a date written 2021-09-30, not '下月底'");
        assertThat(corrections.list()).isEmpty();
    }

    @Test
    @Order(4)
    void shouldListACorrectionThatCanNoLongerBePlacedAsOrphanedAndUndoItFromTheCorrectionsPage() {
        String csv = "id,doc,path,task,field,before,after,by,time,note,anchorText\n0rphan01," + documents.resolve(DOC)
                + ",九/（九）/¶9,1,lead,,湛江市财政局,审核员,2026-12-01T00:00:00Z,旧版本的条款,本条在新版本中已删除。\n";
        corrections.importFrom(new StringReader(csv), true);
        assertThat(corrections.list()).singleElement().satisfies(l -> assertThat(l.status()).isEqualTo("orphaned"));

        signIn();
        assertThat(browser.findElement(By.cssSelector("section.orphaned")).getText()).contains("湛江市财政局").contains("九/（九）/¶9")
                .contains("审核员").contains("旧版本的条款");

        open("/corrections");
        WebElement row = browser.findElement(By.cssSelector("table.corrections tbody tr.orphaned"));
        assertThat(row.findElement(By.cssSelector("td.status")).getText()).isEqualTo("无法定位");
        assertThat(browser.findElement(By.id("orphaned-count")).getText()).isEqualTo("1");
        row.findElement(By.cssSelector("button[data-undo='0rphan01']")).click();
        waiting(Duration.ofSeconds(30)).until(ExpectedConditions.textToBe(By.id("correction-count"), "0"));
        assertThat(corrections.list()).isEmpty();
    }
}
