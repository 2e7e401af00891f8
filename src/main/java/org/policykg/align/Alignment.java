package org.policykg.align;

/** A clause of one document matched to a clause of another, with the similarity score and the method that gave it. */
public record Alignment(ClauseText source, ClauseText target, double score, String method) {}
