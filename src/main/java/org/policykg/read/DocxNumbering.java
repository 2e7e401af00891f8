package org.policykg.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The automatic numbering of a .docx (numbering.xml) as markers: a paragraph's numId and level, given directly
 * or by its style, select a level of an abstract list whose counters {@link ListCounter} keeps per numId (Word
 * restarts a list by giving it a new numId). POI reads the definitions but renders no numbers.
 */
final class DocxNumbering {

    private final XWPFDocument doc;
    private final XWPFNumbering numbering;
    private final ListCounter counter = new ListCounter();
    private final Map<BigInteger, ListCounter.Levels> lists = new HashMap<>();

    DocxNumbering(XWPFDocument doc) {
        this.doc = doc;
        this.numbering = doc.getNumbering();
    }

    String marker(XWPFParagraph p) {
        if (numbering == null) {
            return "";
        }
        BigInteger numId = p.getNumID();
        BigInteger ilvl = p.getNumIlvl();
        if (numId == null) {
            CTNumPr styled = styleNumbering(p);
            if (styled == null || styled.getNumId() == null) {
                return "";
            }
            numId = styled.getNumId().getVal();
            ilvl = styled.getIlvl() == null ? null : styled.getIlvl().getVal();
        }
        if (numId == null || numId.signum() == 0) {
            return "";
        }
        ListCounter.Levels levels = lists.computeIfAbsent(numId, this::levels);
        return counter.next(numId, levels, ilvl == null ? 0 : ilvl.intValue());
    }

    private CTNumPr styleNumbering(XWPFParagraph p) {
        if (p.getStyleID() == null || doc.getStyles() == null) {
            return null;
        }
        XWPFStyle style = doc.getStyles().getStyle(p.getStyleID());
        CTPPrGeneral ppr = style == null ? null : style.getCTStyle().getPPr();
        return ppr == null ? null : ppr.getNumPr();
    }

    private ListCounter.Levels levels(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return ilvl -> null;
        }
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        Map<Integer, ListCounter.Level> byLevel = new HashMap<>();
        if (abs != null) {
            for (CTLvl l : abs.getCTAbstractNum().getLvlArray()) {
                byLevel.put(l.getIlvl().intValue(), level(l));
            }
        }
        for (CTNumLvl o : num.getCTNum().getLvlOverrideArray()) {
            int i = o.getIlvl().intValue();
            ListCounter.Level base = o.isSetLvl() ? level(o.getLvl()) : byLevel.get(i);
            if (base != null && o.isSetStartOverride()) {
                base = new ListCounter.Level(base.format(), base.template(), o.getStartOverride().getVal().intValue());
            }
            if (base != null) {
                byLevel.put(i, base);
            }
        }
        return byLevel::get;
    }

    private static ListCounter.Level level(CTLvl l) {
        String format = l.isSetNumFmt() ? l.getNumFmt().getVal().toString() : "decimal";
        String text = l.isSetLvlText() ? l.getLvlText().getVal() : null;
        int start = l.isSetStart() ? l.getStart().getVal().intValue() : 1;
        return new ListCounter.Level(format, text, start);
    }
}
