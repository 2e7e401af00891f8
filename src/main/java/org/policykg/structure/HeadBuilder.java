package org.policykg.structure;

/** Collects the head parts while the parser walks the lines. */
final class HeadBuilder {
    Span title;
    Span noticeTitle;
    String issuerMark;
    String ownNumber;
    String attachmentLabel;
    Span addressees;
    String signature;
    String dateWritten;
    String copyTo;
    String printedBy;
    String publicity;
    String attachmentNote;

    /** The first signature and date win: later ones belong to attachments or printing notes. */
    void signature(String s) {
        if (signature == null) {
            signature = s;
        }
    }

    void date(String d) {
        if (dateWritten == null) {
            dateWritten = d;
        }
    }

    DocumentHead build() {
        return new DocumentHead(title, noticeTitle, issuerMark, ownNumber, attachmentLabel, addressees,
                signature, dateWritten, copyTo, printedBy, publicity, attachmentNote);
    }
}
