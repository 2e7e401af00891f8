package org.policykg.align;

/**
 * One subdivision of a document as the aligner sees it: its document (an IRI or any stable id), its outline path
 * (二/（一）/3, 表1/2, ¶1), its text as written, the document's level (national, province, city, county), its
 * jurisdiction (a gazetteer name or code, or null) and its plan year (or null).
 */
public record ClauseText(String doc, String path, String text, String level, String jurisdiction, Integer year) {

    public ClauseText {
        if (doc == null || path == null || text == null) {
            throw new IllegalArgumentException("a clause needs a document, a path and a text");
        }
    }
}
