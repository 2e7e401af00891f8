package org.policykg.web.reader;

import java.util.List;
import org.policykg.web.documents.DocumentSummary;

/** What the reader page shows: the document, its outline, its text with the facts laid over it, and a legend. */
record ReaderView(DocumentSummary document, List<Outline.Entry> outline, List<Piece> text, List<LegendEntry> legend) {

    /** One kind of fact: its class, Chinese name and how many highlights of it the text holds. */
    record LegendEntry(String kind, String label, long count) {}
}
