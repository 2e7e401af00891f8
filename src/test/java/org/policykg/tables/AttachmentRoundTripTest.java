package org.policykg.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.policykg.Samples;

/**
 * 附件1 of the samples is itself a task-division table. Ingested and generated again, its table has the same
 * tasks in the same order, the same responsible units as written, and row 6 still split in two. The expected
 * rows are read straight from the source file, not from the graph.
 */
class AttachmentRoundTripTest {

    private static final String FILE = "004_b245d020d56ee491.txt";

    /** A row of the source table: its cells as written, and its sub-rows. */
    private record SourceRow(List<String> cells, List<List<String>> subRows) {}

    private static List<SourceRow> source;
    private static TaskTable table;

    @BeforeAll
    static void load() throws Exception {
        source = sourceRows(Files.readAllLines(Samples.file(FILE)));
        table = TableFixtures.tables().forDocument(FILE);
    }

    @Test
    void shouldKeepTheTwentyNineTasksInTheirOrder() {
        assertThat(source).hasSize(29);
        assertThat(table.rows()).extracting(TaskRow::number)
                .containsExactlyElementsOf(source.stream().map(r -> r.cells().get(0)).toList());
        for (int i = 0; i < source.size(); i++) {
            SourceRow s = source.get(i);
            String task = s.subRows().isEmpty() ? s.cells().get(1) : s.cells().get(1) + s.subRows().get(0).get(1);
            TaskRow row = table.rows().get(i);
            assertThat(row.details().isEmpty() ? row.task() : row.details()).as("text of row %s", s.cells().get(0))
                    .isEqualTo(row.details().isEmpty() ? Sentences.trimEnd(task) : task);
            assertThat(task).as("task of row %s", s.cells().get(0)).startsWith(row.task());
        }
    }

    @Test
    void shouldKeepTheResponsibleUnitsAsWritten() {
        for (int i = 0; i < source.size(); i++) {
            SourceRow s = source.get(i);
            if (s.subRows().isEmpty()) {
                assertThat(responsible(table.rows().get(i))).as("row %s", s.cells().get(0)).isEqualTo(plain(last(s.cells())));
            }
        }
    }

    @Test
    void shouldKeepRowSixSplitInTwoWithTheirOwnUnits() {
        SourceRow six = source.get(5);
        TaskRow row = table.rows().get(5);

        assertThat(six.subRows()).hasSize(2);
        assertThat(row.parts()).hasSize(2);
        for (int k = 0; k < 2; k++) {
            List<String> sub = six.subRows().get(k);
            assertThat(row.parts().get(k).task()).isEqualTo(sub.get(2));
            assertThat(responsible(row.parts().get(k))).isEqualTo(plain(last(sub)));
            assertThat(row.parts().get(k).basis()).endsWith("表1/6/" + (k + 1));
        }
    }

    @Test
    void shouldMergeTheNumberOfTheSplitRowInWord() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFormat.DOCX.write(table, out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            XWPFTable t = doc.getTables().get(0);
            assertThat(t.getRows()).hasSize(1 + 29 + 2);
            List<XWPFTableRow> six = t.getRows().subList(6, 9);
            assertThat(six.get(0).getCell(0).getText()).isEqualTo("6");
            assertThat(six.stream().map(r -> r.getCell(0).getCTTc().getTcPr().getVMerge().getVal()).toList())
                    .containsExactly(STMerge.RESTART, STMerge.CONTINUE, STMerge.CONTINUE);
            assertThat(t.getRow(9).getCell(0).getText()).isEqualTo("7");
        }
    }

    private static String responsible(TaskRow r) {
        return plain(r.lead() + r.support());
    }

    /** The words without separators, so "A牵头，B配合" equals 牵头 "A牵头" plus 配合 "B配合". */
    private static String plain(String s) {
        return s.replaceAll("[，,；;\\s]", "");
    }

    private static String last(List<String> cells) {
        return cells.get(cells.size() - 1);
    }

    /** Rows as the office export writes them: one tab-indented line per cell, rows apart by blank lines. */
    private static List<SourceRow> sourceRows(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("\t")) {
                block.add(l.strip());
            } else if (!block.isEmpty()) {
                blocks.add(block);
                block = new ArrayList<>();
            }
        }
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        List<SourceRow> rows = new ArrayList<>();
        for (List<String> b : blocks.subList(1, blocks.size())) {
            if (b.get(0).isEmpty()) {
                rows.get(rows.size() - 1).subRows().add(b);
            } else {
                rows.add(new SourceRow(b, new ArrayList<>()));
            }
        }
        return rows;
    }
}
