package org.policykg.web.reader;

import java.util.ArrayList;
import java.util.List;

/**
 * The reader's text as a tree the template prints recursively: runs of text, anchors where a subdivision starts, and
 * highlights holding the pieces they cover. Exactly one of text, anchor and highlight is set.
 */
public record Piece(String text, Anchor anchor, Highlight highlight, List<Piece> children) {

    /** Where a subdivision starts: its id in the page, and a link to its trace unless another starts at the same place. */
    public record Anchor(String id, String path, String clause, boolean traced) {}

    static Piece text(String text) {
        return new Piece(text, null, null, List.of());
    }

    static Piece anchor(Anchor a) {
        return new Piece(null, a, null, List.of());
    }

    static Piece highlight(Highlight h) {
        return new Piece(null, null, h, new ArrayList<>());
    }
}
