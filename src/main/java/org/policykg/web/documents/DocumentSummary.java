package org.policykg.web.documents;

/** One line of the landing page and of GET /api/documents. */
public record DocumentSummary(String iri, String title, String number, String level, String jurisdiction,
                             String year, String date, long clauses, String source, String overridden) {
}
