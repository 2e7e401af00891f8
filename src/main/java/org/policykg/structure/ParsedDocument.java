package org.policykg.structure;

import java.util.ArrayList;
import java.util.List;

/** The structure of one document: its head and its tree of subdivisions, with offsets into {@code text}. */
public record ParsedDocument(String text, DocumentHead head, List<Node> roots) {

    /** Every subdivision in document order (pre-order). */
    public List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        roots.forEach(r -> collect(r, all));
        return all;
    }

    private static void collect(Node n, List<Node> into) {
        into.add(n);
        n.children().forEach(c -> collect(c, into));
    }

    public String textOf(Node n) {
        return text.substring(n.start(), n.end());
    }
}
