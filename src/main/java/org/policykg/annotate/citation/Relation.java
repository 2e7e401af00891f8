package org.policykg.annotate.citation;

/** How the citing document relates to the cited one: the preamble names what it implements, the body cites. */
public enum Relation { IMPLEMENTS, CITES }
