package org.policykg.web.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TableRequestTest {

    private static final String DOC = "https://w3id.org/policykg/id/doc/x";

    @Test
    void shouldDownloadWithTheSameOptionsAsThePreview() {
        assertThat(new TableRequest(DOC, null, 10, false, null).download("docx"))
                .isEqualTo("/api/tables?doc=" + DOC + "&format=docx");
        assertThat(new TableRequest(DOC, " 湛江市 ", 5, true, LocalDate.of(2021, 6, 30)).download("xlsx"))
                .isEqualTo("/api/tables?doc=" + DOC + "&format=xlsx&draftFor=%E6%B9%9B%E6%B1%9F%E5%B8%82&marginDays=5&details=true&asOf=2021-06-30");
    }

    @Test
    void shouldLinkARowToItsClauseInTheReader() {
        assertThat(new TableRequest(DOC, "", 10, false, null).clauseHref(DOC + "/a2/b1/c1"))
                .isEqualTo("/document?doc=https%3A%2F%2Fw3id.org%2Fpolicykg%2Fid%2Fdoc%2Fx#a2/b1/c1");
    }
}
