package org.policykg.web.reader;

import java.util.List;

/**
 * The facts read from one span, shown as one highlight: a deadline that is also a threshold (6个月内) is one mark of
 * both kinds. {@code href} is set for a citation: the cited document, or its stub. Facts a correction made have no
 * span of the text: they show as a mark of no width, at the start of the obligation, printing their values.
 */
public record Highlight(String id, int start, int end, List<Fact> facts, String href) {

    /** The CSS classes: fact, then each kind once, then corrected or replaced when a person's correction made it so. */
    public String css() {
        String mark = facts.stream().anyMatch(f -> f.corrected() != null) ? " corrected"
                : !facts.isEmpty() && facts.stream().allMatch(Fact::replaced) ? " replaced" : "";
        return "fact " + String.join(" ", facts.stream().map(Fact::kind).distinct().toList()) + mark;
    }

    /** What a mark of no width prints: the corrected values (责任单位（牵头）：湛江市工业和信息化局), else null. */
    public String badge() {
        return start < end ? null : String.join("；", facts.stream().map(Fact::title).toList());
    }
}
