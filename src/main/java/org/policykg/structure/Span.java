package org.policykg.structure;

/** A piece of source text with its char offsets ({@code end} exclusive). */
public record Span(String text, int start, int end) {}
