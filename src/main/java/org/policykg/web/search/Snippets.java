package org.policykg.web.search;

import java.util.ArrayList;
import java.util.List;
import org.policykg.web.search.SearchHit.Part;

/**
 * Cuts a snippet as jena-text's highlighter writes it (matched words between ↦ and ↤, fragments joined by ∣) into
 * plain parts, so that the page prints every part escaped and marks the matched ones with its own element.
 */
final class Snippets {

    static final char START = '↦';
    static final char END = '↤';
    static final char BETWEEN = '∣';

    private Snippets() {
    }

    static List<Part> parts(String highlighted) {
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean marked = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (c == START || c == END) {
                flush(parts, run, marked);
                marked = c == START;
            } else if (c == BETWEEN && !marked) {
                flush(parts, run, false);
                parts.add(new Part(" … ", false, true));
            } else {
                run.append(c);
            }
        }
        flush(parts, run, marked);
        return parts;
    }

    private static void flush(List<Part> parts, StringBuilder run, boolean marked) {
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), marked, false));
            run.setLength(0);
        }
    }
}
