package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Word 97-2003 (.doc) and the WPS files that are OLE2 Word documents: paragraphs in order with their automatic
 * numbering as markers, and tables (a vertically merged cell's continuation laid out empty, as in exported text).
 * Other OLE2 files (Excel, old WPS formats) are refused.
 */
final class Word97Reader {

    Extracted read(Path file, byte[] bytes) {
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            TextLayout out = new TextLayout();
            ListCounter counter = new ListCounter();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    out.table(rows(t));
                    i += t.numParagraphs() - 1;
                } else {
                    out.paragraph(marker(p, counter) + clean(p.text()));
                }
            }
            return out.build("UTF-16LE");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(file, "not a readable Word 97-2003 / WPS document (" + OneLine.of(e) + ")");
        }
    }

    private static List<List<String>> rows(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                cells.add(cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : clean(cell.text()));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String marker(Paragraph p, ListCounter counter) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list = p.getList();
        return counter.next(p.getIlfo(), ilvl -> level(list, ilvl), p.getIlvl());
    }

    /** A level in OOXML terms: Word 97 writes the template with the level's own number as a control character. */
    private static ListCounter.Level level(HWPFList list, int ilvl) {
        try {
            String raw = list.getNumberText((char) ilvl);
            StringBuilder template = new StringBuilder();
            raw.chars().forEach(ch -> template.append(ch < 9 ? "%" + (ch + 1) : String.valueOf((char) ch)));
            return new ListCounter.Level(format(list.getNumberFormat((char) ilvl)), template.toString(), list.getStartAt((char) ilvl));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** MS-DOC number format codes (nfc) as OOXML names. */
    private static String format(int nfc) {
        return switch (nfc) {
            case 1 -> "upperRoman";
            case 2 -> "lowerRoman";
            case 3 -> "upperLetter";
            case 4 -> "lowerLetter";
            case 18 -> "decimalEnclosedCircle";
            case 22 -> "decimalZero";
            case 23 -> "bullet";
            case 30 -> "ideographTraditional";
            case 33, 34, 35, 37, 38, 39 -> "chineseCounting";
            case 255 -> "none";
            default -> "decimal";
        };
    }

    /** Field codes, cell and paragraph marks and other control characters are no text. */
    private static String clean(String s) {
        return Range.stripFields(s).replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F]", "").replace('\r', '\n');
    }
}
