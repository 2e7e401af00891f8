package org.policykg.web.reader;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Addresses in the reader, for every page that links a clause: /document?doc=IRI#anchor. */
public final class ReaderLinks {

    private ReaderLinks() {
    }

    /** The anchor of a subdivision in its document's page: its IRI after the document's (a2/b1/c1). */
    public static String anchor(String docIri, String clause) {
        return clause.startsWith(docIri + "/") ? clause.substring(docIri.length() + 1) : clause;
    }

    public static String document(String docIri) {
        return "/document?doc=" + URLEncoder.encode(docIri, StandardCharsets.UTF_8);
    }

    public static String clause(String docIri, String clause) {
        return document(docIri) + "#" + anchor(docIri, clause);
    }
}
