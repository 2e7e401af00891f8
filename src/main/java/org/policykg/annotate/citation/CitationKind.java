package org.policykg.annotate.citation;

/** What a citation points at: an official document (by title and/or document number) or a technical standard. */
public enum CitationKind { DOCUMENT, STANDARD }
