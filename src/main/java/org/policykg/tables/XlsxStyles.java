package org.policykg.tables;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a task table sheet; fonts are the first of each role's list, marked GB2312 for substitution. */
final class XlsxStyles {

    final CellStyle attachment;
    final CellStyle title;
    final CellStyle header;
    final CellStyle group;
    final CellStyle body;
    final CellStyle centered;
    private final CellStyle overdueBody;
    private final CellStyle overdueCentered;

    XlsxStyles(XSSFWorkbook wb, TableWords words) {
        XSSFFont headingFont = font(wb, words.fonts("heading").get(0), 12);
        XSSFFont bodyFont = font(wb, words.fonts("body").get(0), 12);
        attachment = wb.createCellStyle();
        attachment.setFont(font(wb, words.fonts("heading").get(0), 16));
        title = wb.createCellStyle();
        title.setFont(font(wb, words.fonts("title").get(0), 20));
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        header = boxed(wb, headingFont, HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        group = boxed(wb, headingFont, HorizontalAlignment.LEFT);
        body = boxed(wb, bodyFont, HorizontalAlignment.LEFT);
        centered = boxed(wb, bodyFont, HorizontalAlignment.CENTER);
        overdueBody = shaded(wb, body);
        overdueCentered = shaded(wb, centered);
    }

    /** A body cell's style: centered or not, shaded when its row is overdue. */
    CellStyle of(boolean center, boolean overdue) {
        return overdue ? (center ? overdueCentered : overdueBody) : center ? centered : body;
    }

    private static CellStyle shaded(XSSFWorkbook wb, CellStyle base) {
        CellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static CellStyle boxed(XSSFWorkbook wb, XSSFFont font, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static XSSFFont font(XSSFWorkbook wb, String name, int points) {
        XSSFFont f = wb.createFont();
        f.setFontName(name);
        f.setFontHeightInPoints((short) points);
        f.setCharSet(FontCharset.GB2312);
        return f;
    }
}
