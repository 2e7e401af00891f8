package org.policykg.web.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A document's outline as a tree of links to the subdivisions' anchors, from its subdivisions in document order
 * (a path's parent is the path without its last step). Paragraphs are left out: they have no heading to show.
 */
final class Outline {

    /** One subdivision as the clauses query lists it. */
    record Row(String path, String kind, String heading, int start, String text, String clause) {}

    /** One entry of the tree. */
    record Entry(String label, String anchor, List<Entry> children) {}

    private static final int LABEL_LENGTH = 24;

    private Outline() {
    }

    static List<Entry> of(String docIri, List<Row> rows) {
        List<Entry> roots = new ArrayList<>();
        Map<String, Entry> byPath = new HashMap<>();
        for (Row r : rows) {
            if (r.kind().equals("Paragraph")) {
                continue;
            }
            Entry e = new Entry(label(r), ReaderLinks.anchor(docIri, r.clause()), new ArrayList<>());
            byPath.put(r.path(), e);
            Entry parent = null;
            for (String p = parentOf(r.path()); parent == null && p != null; p = parentOf(p)) {
                parent = byPath.get(p);
            }
            (parent == null ? roots : parent.children()).add(e);
        }
        return roots;
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? null : path.substring(0, slash);
    }

    /** The last step of the path with the heading, else the start of the text. */
    private static String label(Row r) {
        String step = r.path().substring(r.path().lastIndexOf('/') + 1);
        String words = r.heading() != null && !r.heading().isBlank() ? r.heading() : r.text().replaceAll("\\s+", " ").strip();
        if (words.codePointCount(0, words.length()) > LABEL_LENGTH) {
            words = words.substring(0, words.offsetByCodePoints(0, LABEL_LENGTH)) + "…";
        }
        return words.startsWith(step) ? words : step + " " + words;
    }
}
