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
 * merged down its sub-rows, page numbers in the footer.
 */
final class DocxTableWriter {

    /** A4 landscape in twentieths of a point, 2.5 cm margins. */
    private static final int PAGE_W = 16838;
    private static final int PAGE_H = 11906;
    private static final int MARGIN = 1418;
    private static final int[] WIDTHS = {5, 38, 16, 16, 11, 14};

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
            table(doc, table);
            footer(doc);
            doc.write(out);
        }
    }

    private void table(XWPFDocument doc, TaskTable table) {
        XWPFTable t = doc.createTable(1, WIDTHS.length);
        t.setTableAlignment(TableRowAlign.CENTER);
        t.setWidth(PAGE_W - 2 * MARGIN);
        t.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        grid.getGridColList().clear();
        for (int w : WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width(w)));
        }
        XWPFTableRow header = t.getRow(0);
        header.setRepeatHeader(true);
        List<String> columns = words.columns();
        for (int i = 0; i < columns.size(); i++) {
            cell(header.getCell(i), i).removeParagraph(0);
            XWPFParagraph p = header.getCell(i).addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            runs.heading(p, columns.get(i), 12);
        }
        for (TaskGroup g : table.groups()) {
            if (table.named()) {
                group(t.createRow(), g.name());
            }
            for (TaskRow r : g.rows()) {
                List<TaskRow> lines = r.lines();
                for (int i = 0; i < lines.size(); i++) {
                    line(t.createRow(), lines.get(i), i == 0 ? r.number() : "", lines.size() > 1 ? (i == 0 ? STMerge.RESTART : STMerge.CONTINUE) : null);
                }
            }
        }
    }

    private void line(XWPFTableRow row, TaskRow r, String number, STMerge.Enum merge) {
        List<String> cells = List.of(number, r.task(), r.lead(), r.support(), r.deadline());
        for (int i = 0; i < cells.size(); i++) {
            XWPFTableCell c = cell(row.getCell(i), i);
            runs.body(c.getParagraphs().get(0), cells.get(i), i == 0 || i == 4);
            if (i == 0 && merge != null) {
                c.getCTTc().getTcPr().addNewVMerge().setVal(merge);
            }
        }
        runs.link(cell(row.getCell(5), 5).getParagraphs().get(0), r.basis(), r.clause());
    }

    private void group(XWPFTableRow row, String name) {
        for (int i = WIDTHS.length - 1; i > 0; i--) {
            row.removeCell(i);
        }
        XWPFTableCell c = row.getCell(0);
        c.setWidth(String.valueOf(PAGE_W - 2 * MARGIN));
        c.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(WIDTHS.length));
        runs.heading(c.getParagraphs().get(0), name, 12);
        row.setCantSplitRow(true);
    }

    private XWPFTableCell cell(XWPFTableCell c, int column) {
        c.setWidth(String.valueOf(width(WIDTHS[column])));
        c.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        return c;
    }

    private static int width(int percent) {
        return (PAGE_W - 2 * MARGIN) * percent / 100;
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
