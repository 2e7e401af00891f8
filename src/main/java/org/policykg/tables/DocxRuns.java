package org.policykg.tables;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

/** Text runs in the fonts of official documents: Chinese in the role's font, Latin letters and digits in Times New Roman. */
final class DocxRuns {

    private static final String LATIN = "Times New Roman";

    private final String title;
    private final String heading;
    private final String body;

    DocxRuns(String title, String heading, String body) {
        this.title = title;
        this.heading = heading;
        this.body = body;
    }

    void title(XWPFParagraph p, String text, int points) {
        text(p.createRun(), text, title, points);
    }

    void heading(XWPFParagraph p, String text, int points) {
        text(p.createRun(), text, heading, points);
    }

    void body(XWPFParagraph p, String text, boolean centered) {
        if (centered) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        text(p.createRun(), text, body, 12);
    }

    /** The 依据 cell: its text, linked to the clause IRI. */
    void link(XWPFParagraph p, String text, String uri) {
        XWPFHyperlinkRun r = p.createHyperlinkRun(uri);
        text(r, text, body, 10);
    }

    /** "— 1 —": the page number as official documents print it. */
    void page(XWPFParagraph p) {
        text(p.createRun(), "— ", LATIN, 14);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        text(p.createRun(), " —", LATIN, 14);
    }

    private static void text(XWPFRun r, String text, String font, int points) {
        CTFonts f = r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? r.getCTR().getRPr().getRFontsArray(0) : r.getCTR().addNewRPr().addNewRFonts();
        f.setEastAsia(font);
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        r.setFontSize(points);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], i);
        }
    }
}
