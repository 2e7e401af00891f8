package org.policykg.structure;

import java.util.Optional;

/**
 * What the parser found around the body: title block, addressees, signature, date and
 * the closing notes. Every field is as written in the source; absent parts are null.
 */
public record DocumentHead(
        Span title,
        Span noticeTitle,
        String issuerMark,
        String ownNumber,
        String attachmentLabel,
        Span addressees,
        String signature,
        String dateWritten,
        String copyTo,
        String printedBy,
        String publicity,
        String attachmentNote) {

    public Optional<Span> titleSpan() {
        return Optional.ofNullable(title);
    }
}
