package org.policykg.web.tables;

import java.time.LocalDate;
import org.policykg.tables.TableOptions;
import org.policykg.tables.TaskTable;
import org.policykg.tables.TaskTables;
import org.policykg.web.reader.ReaderLinks;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A task table as the page and the downloads ask for it, with the options of the {@code table} command: a document,
 * optionally the subordinate jurisdiction to draft for ({@code --draft-for}) with its margin in days, a 具体措施
 * column ({@code --details}) and a 状态 column as of a day ({@code --as-of}).
 */
record TableRequest(String doc, String draftFor, int marginDays, boolean details, LocalDate asOf) {

    static final int DEFAULT_MARGIN = 10;

    boolean draft() {
        return draftFor != null && !draftFor.isBlank();
    }

    TaskTable build(TaskTables tables) {
        TableOptions options = new TableOptions(details, asOf);
        return draft() ? tables.draftFor(draftFor.strip(), doc, marginDays, options) : tables.forDocument(doc, options);
    }

    /** A row's source clause in the reader. */
    public String clauseHref(String clause) {
        return ReaderLinks.clause(doc, clause);
    }

    /** The download of this table in a format: /api/tables?doc=…&amp;format=… with the same options. */
    String download(String format) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/api/tables").queryParam("doc", doc).queryParam("format", format);
        if (draft()) {
            b.queryParam("draftFor", draftFor.strip()).queryParam("marginDays", marginDays);
        }
        if (details) {
            b.queryParam("details", true);
        }
        if (asOf != null) {
            b.queryParam("asOf", asOf);
        }
        return b.encode().build().toUriString();
    }
}
