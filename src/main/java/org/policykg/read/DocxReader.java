package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word .docx: the body's paragraphs and tables in order, automatic numbering written out as its marker
 * ({@link DocxNumbering}), merged cells laid out as exported text lays them (an empty cell where a merge
 * continues). Headers, footers, footnotes and text boxes are not part of the body and are dropped.
 */
final class DocxReader {

    Extracted read(Path file, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            DocxNumbering numbering = new DocxNumbering(doc);
            TextLayout out = new TextLayout();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.paragraph(numbering.marker(p) + p.getText());
                } else if (e instanceof XWPFTable t) {
                    out.table(rows(t, numbering));
                } else if (e instanceof XWPFSDT sdt) {
                    out.paragraph(sdt.getContent().getText());
                }
            }
            return out.build("UTF-8");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(file, "corrupt or unreadable Word .docx (" + OneLine.of(e) + ")");
        }
    }

    private static List<List<String>> rows(XWPFTable t, DocxNumbering numbering) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
                CTTcPr pr = c.getCTTc().getTcPr();
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continued ? "" : cellText(c, numbering));
                int span = pr != null && pr.isSetGridSpan() ? ((BigInteger) pr.getGridSpan().getVal()).intValue() : 1;
                for (int i = 1; i < span; i++) {
                    cells.add("");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String cellText(XWPFTableCell c, DocxNumbering numbering) {
        StringBuilder b = new StringBuilder();
        for (IBodyElement e : c.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                b.append(numbering.marker(p)).append(p.getText()).append('\n');
            } else if (e instanceof XWPFTable nested) {
                rows(nested, numbering).forEach(row -> row.forEach(cell -> b.append(cell).append('\n')));
            }
        }
        return b.toString();
    }
}
