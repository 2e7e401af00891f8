package org.policykg.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check report as text grouped by severity, CSV, JSON and HTML. */
class ReportFormatTest {

    private static final Finding LATE = new Finding("deadline-before-issue", "Deadline before the date of issue", Severity.ERROR,
            "urn:d1", "urn:doc", "湛江市2021年推动落后产能退出工作方案", "urn:c1", "四/（一）/¶1", "4月底前，市工业和信息化局…",
            "The deadline 「4月底前」 (2021-04-30) is before the document's date of issue 2021-05-13");
    private static final Finding TWO_NAMES = new Finding("agency-two-names", "One agency, two names", Severity.WARNING,
            "urn:a1", "urn:doc", "湛江市2021年推动落后产能退出工作方案", "urn:c2", "二/（一）/3", "",
            "「湛江市发展和改革委员会」 and 「湛江市发展和改革局」, \"probably\" <one> body");
    private static final CheckReport REPORT = new CheckReport(List.of(TWO_NAMES, LATE), List.of("deadline-before-issue", "agency-two-names"));

    private static String render(ReportFormat format) {
        StringWriter out = new StringWriter();
        format.write(REPORT, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void shouldPrintErrorsBeforeWarningsWithRuleDocumentPathExcerptAndMessage() {
        String text = render(ReportFormat.TEXT);

        assertThat(text).startsWith("PolicyKG check: 1 error, 1 warning, 0 info");
        assertThat(text.indexOf("ERROR (1)")).isLessThan(text.indexOf("WARNING (1)"));
        assertThat(text).contains("[deadline-before-issue] 湛江市2021年推动落后产能退出工作方案 · 四/（一）/¶1")
                .contains("「4月底前，市工业和信息化局…」").contains("2021-05-13").doesNotContain("INFO (");
    }

    @Test
    void shouldWriteCsvWithTheColumnsRuleSeverityDocClauseMessageAndQuoteWhereNeeded() {
        List<String> lines = render(ReportFormat.CSV).lines().toList();

        assertThat(lines).first().isEqualTo("rule,severity,doc,clause,message");
        assertThat(lines.get(1)).startsWith("deadline-before-issue,error,湛江市2021年推动落后产能退出工作方案,四/（一）/¶1,");
        assertThat(lines.get(2)).endsWith(",\"「湛江市发展和改革委员会」 and 「湛江市发展和改革局」, \"\"probably\"\" <one> body\"");
    }

    @Test
    void shouldWriteJsonWithASummaryAndLowerCaseSeverities() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(ReportFormat.JSON));

        assertThat(json.get("summary").get("error").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("info").asInt()).isZero();
        assertThat(json.get("findings").get(0).get("severity").asText()).isEqualTo("error");
        assertThat(json.get("findings").get(1).get("path").asText()).isEqualTo("二/（一）/3");
        assertThat(json.get("rules")).hasSize(2);
    }

    @Test
    void shouldEscapeTheHtmlPage() {
        String html = render(ReportFormat.HTML);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<h2 class=\"error\">ERROR (1)</h2>")
                .contains("&quot;probably&quot; &lt;one&gt; body").doesNotContain("<one>");
    }

    @Test
    void shouldRejectAnUnknownFormat() {
        assertThatThrownBy(() -> ReportFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("html");
        assertThat(REPORT.hasErrors()).isTrue();
        assertThat(new CheckReport(List.of(TWO_NAMES), List.of()).hasErrors()).isFalse();
    }
}
