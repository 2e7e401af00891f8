package org.policykg.tables;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word comments holding a shortened task's full text, anchored at the end of its 依据 cell: the text is at hand
 * on screen while the printed table stays short (Word and LibreOffice leave comments off paper by default).
 */
final class DocxNotes {

    private final XWPFDocument doc;
    private final String author;
    private XWPFComments comments;
    private BigInteger next = BigInteger.ZERO;

    DocxNotes(XWPFDocument doc, String author) {
        this.doc = doc;
        this.author = author;
    }

    void attach(XWPFParagraph p, String text) {
        if (comments == null) {
            comments = doc.createComments();
        }
        BigInteger id = next;
        next = next.add(BigInteger.ONE);
        XWPFComment c = comments.createComment(id);
        c.setAuthor(author);
        c.createParagraph().createRun().setText(text);
        p.getCTP().addNewCommentRangeStart().setId(id);
        p.getCTP().addNewCommentRangeEnd().setId(id);
        p.createRun().getCTR().addNewCommentReference().setId(id);
    }
}
