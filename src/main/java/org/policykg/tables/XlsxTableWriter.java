package org.policykg.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An Excel sheet: 附件 label and title above a frozen header row with filters, fixed column widths, wrapped
 * text, group rows merged across the table and a split row's 序号 merged down its sub-rows; printed A4
 * landscape, one page wide, the header row on every page. The source clause's IRI is in a hidden last column.
 */
final class XlsxTableWriter {

    /** Column widths in characters (a Chinese character counts two). */
    private static final int[] WIDTHS = {7, 64, 26, 26, 18, 24};
    private static final float LINE_POINTS = 16f;

    private final TableWords words;

    XlsxTableWriter(TableWords words) {
        this.words = words;
    }

    void write(TaskTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb, words);
            XSSFSheet sheet = wb.createSheet(words.get("title.suffix"));
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int r = 0;
            if (!table.attachment().isEmpty()) {
                text(sheet.createRow(r++), 0, table.attachment(), styles.attachment);
            }
            Row title = sheet.createRow(r);
            title.setHeightInPoints(36);
            text(title, 0, table.title(), styles.title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
            int header = ++r;
            List<String> columns = words.columns();
            Row h = sheet.createRow(header);
            for (int i = 0; i < columns.size(); i++) {
                text(h, i, columns.get(i), styles.header);
            }
            // the clause IRI goes in a hidden column: Calc shows a link cell unwrapped, and a hidden column stays off paper
            h.createCell(WIDTHS.length).setCellValue(words.get("column.link"));
            sheet.setColumnHidden(WIDTHS.length, true);
            r = rows(sheet, table, styles, header + 1);
            sheet.createFreezePane(0, header + 1);
            sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, WIDTHS.length - 1));
            print(sheet, header);
            wb.getProperties().getCoreProperties().setTitle(table.title());
            wb.write(out);
        }
    }

    private int rows(XSSFSheet sheet, TaskTable table, XlsxStyles styles, int first) {
        int r = first;
        for (TaskGroup g : table.groups()) {
            if (table.named()) {
                Row row = sheet.createRow(r);
                for (int i = 0; i < WIDTHS.length; i++) {
                    text(row, i, i == 0 ? g.name() : "", styles.group);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, WIDTHS.length - 1));
                r++;
            }
            for (TaskRow t : g.rows()) {
                int start = r;
                for (TaskRow l : t.lines()) {
                    line(sheet, sheet.createRow(r++), l, r - 1 == start ? t.number() : "", styles);
                }
                if (r - start > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(start, r - 1, 0, 0));
                }
            }
        }
        return r;
    }

    private void line(XSSFSheet sheet, Row row, TaskRow l, String number, XlsxStyles styles) {
        List<String> cells = List.of(number, l.task(), l.lead(), l.support(), l.deadline(), l.basis());
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            text(row, i, cells.get(i), i == 0 || i == 4 ? styles.centered : styles.body);
            lines = Math.max(lines, lines(cells.get(i), WIDTHS[i]));
        }
        row.createCell(WIDTHS.length).setCellValue(l.clause());
        row.setHeightInPoints(lines * LINE_POINTS + 4);
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

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
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
