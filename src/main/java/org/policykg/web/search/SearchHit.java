package org.policykg.web.search;

import java.util.List;

/** One subdivision found by the search: where it is, and a snippet of its text in parts, the matched ones marked. */
record SearchHit(String docTitle, String doc, String path, String kind, String clause, List<Part> snippet) {

    /** A piece of the snippet's text; {@code mark} when it is a matched word, {@code gap} for the cut between two fragments. */
    record Part(String text, boolean mark, boolean gap) {
    }
}
