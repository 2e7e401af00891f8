package org.policykg.web.obligations;

import org.policykg.web.reader.ReaderLinks;

/**
 * One line of the explorer: an obligation with one body in one role. {@code due} is a date (2021-12-31) or
 * blank when the deadline has none (durations, 立即, yearly recurrences).
 */
public record ObligationRow(String due, String deadlineText, String doc, String docTitle, String path, String task,
                     String agency, String role, String clause) {

    /** The clause in the reader. */
    public String readerHref() {
        return ReaderLinks.clause(doc, clause);
    }

    /** The role as the filter and the page name it: 负责 counts as leading. */
    public String roleGroup() {
        return role.equals("responsible") ? "lead" : role;
    }
}
