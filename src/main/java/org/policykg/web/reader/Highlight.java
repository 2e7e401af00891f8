package org.policykg.web.reader;

import java.util.List;

/**
 * The facts read from one span, shown as one highlight: a deadline that is also a threshold (6个月内) is one mark of
 * both kinds. {@code href} is set for a citation: the cited document, or its stub.
 */
public record Highlight(String id, int start, int end, List<Fact> facts, String href) {

    /** The CSS classes: fact, then each kind once. */
    public String css() {
        return "fact " + String.join(" ", facts.stream().map(Fact::kind).distinct().toList());
    }
}
