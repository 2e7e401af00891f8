package org.policykg.annotate.obligation;

/** A stretch of a document read on its own: a node's text or one table cell, with its column. */
record TextPiece(String text, int base, String column) {

    static final String NONE = "";
}
