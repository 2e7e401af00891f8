package org.policykg.check;

/**
 * One problem a check found: which rule, how bad, the document and clause it is in (IRIs, title and outline
 * path), an excerpt of the source text around it, and what is wrong. Empty strings where a part is unknown.
 */
public record Finding(String rule, String title, Severity severity, String focus, String doc, String docTitle,
                      String clause, String path, String excerpt, String message) {
}
