package org.policykg.web.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.policykg.web.BrowserITBase;
import org.springframework.test.context.TestPropertySource;

/**
 * The explorer on a store with more documents than it lists at once (here: more than 2 of the samples): the default
 * view asks to be narrowed instead of reading every obligation; a document lists its rows.
 */
@TestPropertySource(properties = "policykg.explorer.max-documents=2")
class ObligationsScopeBrowserIT extends BrowserITBase {

    @Test
    void shouldAskToNarrowTheViewWhenItCoversMoreDocumentsThanItListsAndListADocumentsRows() {
        open("/obligations");

        String note = browser.findElement(By.id("too-broad")).getText();
        assertThat(note).contains("缩小范围").contains("2 份");
        assertThat(browser.findElements(By.cssSelector("table.obligations tbody td.due"))).isEmpty();
        assertThat(browser.findElements(By.id("row-count"))).isEmpty();

        open("/obligations?doc=湛江");

        assertThat(browser.findElements(By.id("too-broad"))).isEmpty();
        assertThat(Integer.parseInt(browser.findElement(By.id("row-count")).getText())).isPositive();
        assertThat(browser.findElements(By.cssSelector("table.obligations tbody td.due"))).isNotEmpty();
    }
}
