package org.policykg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.align.TextDiff;
import org.policykg.trace.FactChange;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceStep;

/** Printing a trace: CSV columns and quoting, the readable table with its inline diff, JSON. */
class TraceFormatTest {

    private static final Trace TRACE = new Trace("urn:c", List.of(
            new TraceStep("city", "urn:c-doc", null, "某市2023年工作方案", false, "urn:c", "一/1", null,
                    "1. 市工信局负责，\n\"按时\"完成。", null, List.of(), List.of()),
            new TraceStep("province", "urn:p-doc", null, "某省2022年工作方案", false, "urn:p", "一/（一）", 0.4234, "（一）省工信厅负责。",
                    "urn:c", List.of(new TextDiff.Edit(TextDiff.Op.REMOVED, "省工信厅"), new TextDiff.Edit(TextDiff.Op.ADDED, "市工信局"),
                            new TextDiff.Edit(TextDiff.Op.SAME, "负责。")),
                    List.of(new FactChange("owner", List.of("某省工业和信息化厅"), List.of("某市工业和信息化局")))),
            new TraceStep("national", "urn:n", "某部〔2020〕1号", "关于某事的指导意见", true, null, null, null, null, null,
                    List.of(), List.of())));

    @Test
    void shouldWriteOneCsvLinePerStepWithTheDocumentedColumns() {
        List<String> lines = List.of(TraceFormat.CSV.render(TRACE).split("\r\n"));

        assertThat(lines.get(0)).isEqualTo("level,doc,number,title,clause,score,text");
        assertThat(lines.get(1)).isEqualTo("city,urn:c-doc,,某市2023年工作方案,urn:c,,\"1. 市工信局负责，\n\"\"按时\"\"完成。\"");
        assertThat(lines.get(2)).isEqualTo("province,urn:p-doc,,某省2022年工作方案,urn:p,0.423,（一）省工信厅负责。");
        assertThat(lines.get(3)).isEqualTo("national,urn:n,某部〔2020〕1号,关于某事的指导意见,,,");
    }

    @Test
    void shouldPrintTheChainWithWhatEachLevelChanged() {
        String table = TraceFormat.TABLE.render(TRACE);

        assertThat(table).contains("province   某省2022年工作方案", "一/（一）  score 0.423  （一）省工信厅负责。",
                "changed below (某市2023年工作方案 一/1): [-省工信厅-]{+市工信局+}负责。",
                "owner: 某省工业和信息化厅 → 某市工业和信息化局",
                "national   关于某事的指导意见  某部〔2020〕1号  (cited; not in the store)");
        assertThat(table.indexOf("city ")).isLessThan(table.indexOf("province ")).isLessThan(table.indexOf("national "));
    }

    @Test
    void shouldShortenLongSharedRunsInTheInlineDiff() {
        String same = "一二三四五六七八九十".repeat(5);

        String inline = TraceTable.inline(List.of(new TextDiff.Edit(TextDiff.Op.SAME, same), new TextDiff.Edit(TextDiff.Op.ADDED, "甲")));

        assertThat(inline).isEqualTo("一二三四五六七八九十一二…九十一二三四五六七八九十{+甲+}");
    }

    @Test
    void shouldWriteTheWholeTraceAsJson() {
        String json = TraceFormat.JSON.render(TRACE);

        assertThat(json).contains("\"clause\" : \"urn:c\"", "\"score\" : 0.4234", "\"op\" : \"REMOVED\"", "\"stub\" : true");
    }

    @Test
    void shouldRejectAnUnknownFormat() {
        assertThatThrownBy(() -> TraceFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table, csv or json");
        assertThat(TraceFormat.parse("CSV")).isEqualTo(TraceFormat.CSV);
    }
}
