package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A Word table in the layout of an official attachment: A4 landscape, 附件 label above a 方正小标宋 title, body in
 * 仿宋_GB2312, the header row repeated on every page, group rows merged across the table and a split row's 序号
 * merged down its sub-rows, page numbers in the footer; overdue rows shaded; without a 具体措施 column, a
 * shortened task's full text is a comment on its 依据 cell.
 */
final class DocxTableWriter {

    /** A4 landscape in twentieths of a point, 2.5 cm margins. */
    private static final int PAGE_W = 16838;
    private static final int PAGE_H = 11906;
    private static final int MARGIN = 1418;
    private static final String OVERDUE_FILL = "F8D7D5";

    private final TableWords words;
    private final DocxRuns runs;

    DocxTableWriter(TableWords words) {
        this.words = words;
        this.runs = new DocxRuns(words.fonts("title").get(0), words.fonts("heading").get(0), words.fonts("body").get(0));
    }

    void write(TaskTable table, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            DocxFonts.declare(doc, List.of(words.fonts("title"), words.fonts("heading"), words.fonts("body")));
            doc.getProperties().getCoreProperties().setTitle(table.title());
            doc.getProperties().getCoreProperties().setSubjectProperty(table.source());
            if (!table.attachment().isEmpty()) {
                runs.heading(doc.createParagraph(), table.attachment(), 16);
            }
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            runs.title(title, table.title(), 22);
            table(doc, table, new DocxNotes(doc, words.get("note.author")));
            footer(doc);
            doc.write(out);
        }
    }

    private void table(XWPFDocument doc, TaskTable table, DocxNotes notes) {
        List<Column> columns = table.columns();
        XWPFTable t = doc.createTable(1, columns.size());
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth(PAGE_W - 2 * MARGIN);
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        grid.getGridColList().clear();
        for (Column c : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width(c, columns)));
        }
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < columns.size(); i++) {
            cell(header.getCell(i), columns.get(i), columns).removeParagraph(0);
            XWPFParagraph p = header.getCell(i).addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            runs.heading(p, columns.get(i).title(words), 12);
        }
        for (TaskGroup g : table.groups()) {
            if (table.named()) {
                group(t.createRow(), g.name(), columns.size());
            }
            for (TaskRow r : g.rows()) {
                List<TaskRow> lines = r.lines();
                for (int i = 0; i < lines.size(); i++) {
                    line(t.createRow(), columns, lines.get(i), i == 0 ? r.number() : "",
                            lines.size() > 1 ? (i == 0 ? STMerge.RESTART : STMerge.CONTINUE) : null, notes);
                    corrected(t.getRow(t.getNumberOfRows() - 1), columns, table.corrected(lines.get(i)), notes);
                }
            }
        }
    }

    private void line(XWPFTableRow row, List<Column> columns, TaskRow r, String number, STMerge.Enum merge, DocxNotes notes) {
        boolean overdue = r.status().equals(words.get("status.overdue"));
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            XWPFTableCell c = cell(row.getCell(i), column, columns);
            if (column == Column.BASIS) {
                runs.link(c.getParagraphs().get(0), r.basis(), r.clause());
                if (!columns.contains(Column.DETAILS) && !r.details().isEmpty()) {
                    notes.attach(c.getParagraphs().get(0), r.details());
                }
            } else {
                runs.body(c.getParagraphs().get(0), column == Column.NUMBER ? number : column.value(r), column.centered());
            }
            if (column == Column.NUMBER && merge != null) {
                c.getCTTc().getTcPr().addNewVMerge().setVal(merge);
            }
            if (overdue) {
                c.setColor(OVERDUE_FILL);
            }
        }
    }

    /** A person's corrections as comments on the cells they changed: on screen, not on paper. */
    private void corrected(XWPFTableRow row, List<Column> columns, List<CorrectedFact> facts, DocxNotes notes) {
        for (CorrectedFact f : facts) {
            int i = columns.indexOf(f.column() == null ? Column.TASK : f.column());
            if (i >= 0) {
                notes.attach(row.getCell(i).getParagraphs().get(0), f.comment(words));
            }
        }
    }

    private void group(XWPFTableRow row, String name, int span) {
        for (int i = span - 1; i > 0; i--) {
            row.removeCell(i);
        }
        XWPFTableCell c = row.getCell(0);
        c.setWidth(String.valueOf(PAGE_W - 2 * MARGIN));
        c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
        runs.heading(c.getParagraphs().get(0), name, 12);
        row.setCantSplitRow(true);
    }

    private XWPFTableCell cell(XWPFTableCell c, Column column, List<Column> columns) {
        c.setWidth(String.valueOf(width(column, columns)));
        c.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return c;
    }

    private static int width(Column column, List<Column> columns) {
        return column.share(columns, PAGE_W - 2 * MARGIN);
    }

    private static void page(XWPFDocument doc) {
        CTSectPr s = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        var size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        size.setOrient(STPageOrientation.LANDSCAPE);
        var margins = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom, margins::setLeft, margins::setRight)) {
            set.accept(BigInteger.valueOf(MARGIN));
        }
        margins.setFooter(BigInteger.valueOf(MARGIN / 2));
    }

    private void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        runs.page(p);
    }
}
