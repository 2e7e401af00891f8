package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel sheet: 附件 label and title above a frozen header row with filters, fixed column widths, wrapped
 * text, group rows merged across the table and a split row's 序号 merged down its sub-rows; printed A4
 * landscape, one page wide, the header row on every page. The source clause's IRI is in a hidden last column.
 * Overdue rows are shaded; without a 具体措施 column the 依据 cell carries the full text as its note (comment).
 */
final class XlsxTableWriter {

    /** The table's width in characters (a Chinese character counts two), shared out by the columns' weights. */
    private static final int WIDTH_CHARS = 165;
    private static final float LINE_POINTS = 16f;

    private final TableWords words;

    XlsxTableWriter(TableWords words) {
        this.words = words;
    }

    void write(TaskTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb, words);
            XSSFSheet sheet = wb.createSheet(words.get("title.suffix"));
            List<Column> columns = table.columns();
            int last = columns.size() - 1;
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, chars(columns.get(i), columns) * 256);
            }
            int r = 0;
            if (!table.attachment().isEmpty()) {
                text(sheet.createRow(r++), 0, table.attachment(), styles.attachment);
            }
            Row title = sheet.createRow(r);
            title.setHeightInPoints(36);
            text(title, 0, table.title(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            int header = ++r;
            Row h = sheet.createRow(header);
            for (int i = 0; i < columns.size(); i++) {
                text(h, i, columns.get(i).title(words), styles.header);
            }
            // the clause IRI goes in a hidden column: Calc shows a link cell unwrapped, and a hidden column stays off paper
            h.createCell(columns.size()).setCellValue(words.get("column.link"));
            sheet.setColumnHidden(columns.size(), true);
            r = rows(sheet, table, styles, header + 1);
            sheet.createFreezePane(0, header + 1);
            sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, last));
            print(sheet, header);
            wb.getProperties().getCoreProperties().setTitle(table.title());
            wb.write(out);
        }
    }

    private int rows(XSSFSheet sheet, TaskTable table, XlsxStyles styles, int first) {
        List<Column> columns = table.columns();
        int r = first;
        for (TaskGroup g : table.groups()) {
            if (table.named()) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < columns.size(); i++) {
                    text(row, i, i == 0 ? g.name() : "", styles.group);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
                r++;
            }
            for (TaskRow t : g.rows()) {
                int start = r;
                for (TaskRow l : t.lines()) {
                    line(sheet, sheet.createRow(r++), columns, l, r - 1 == start ? t.number() : "", styles);
                }
                if (r - start > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 0, 0));
                }
            }
        }
        return r;
    }

    private void line(XSSFSheet sheet, Row row, List<Column> columns, TaskRow l, String number, XlsxStyles styles) {
        boolean overdue = l.status().equals(words.get("status.overdue"));
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String value = c == Column.NUMBER ? number : c.value(l);
            Cell cell = text(row, i, value, styles.of(c.centered(), overdue));
            lines = Math.max(lines, lines(value, chars(c, columns)));
            if (c == Column.BASIS && !columns.contains(Column.DETAILS) && !l.details().isEmpty()) {
                note(sheet, cell, l.details());
            }
        }
        row.createCell(columns.size()).setCellValue(l.clause());
        row.setHeightInPoints(lines * LINE_POINTS + 4);
    }

    private static void note(XSSFSheet sheet, Cell cell, String text) {
        var helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 6);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        cell.setCellComment(comment);
    }

    private static int chars(Column c, List<Column> columns) {
        return c.share(columns, WIDTH_CHARS);
    }

    /** The lines a text wraps to in a column: Excel stores no heights for wrapped rows, so they are set here. */
    static int lines(String text, int widthChars) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            int width = part.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
            lines += Math.max(1, (width + widthChars - 3) / (widthChars - 2));
        }
        return lines;
    }

    private static Cell text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    private static void print(XSSFSheet sheet, int header) {
        PrintSetup p = sheet.getPrintSetup();
        p.setLandscape(true);
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
    }
}
