package org.policykg.annotate.citation;

/**
 * One citation in running text.
 *
 * @param text     the citation as written (title and/or number), {@code text.substring(start, end)} of the input
 * @param start    offset of the first char in the input
 * @param end      offset after the last char (exclusive)
 * @param title    the title without the outer 《》 (inner marks kept as written, line breaks removed), or null
 * @param number   the normalized document number or standard number, or null
 * @param year     the year of the number when it has one ("2017"), else null
 * @param kind     document or standard
 * @param relation implements (preamble) or cites
 */
public record Citation(String text, int start, int end, String title, String number, String year,
                       CitationKind kind, Relation relation) {
}
