package org.policykg.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policykg.align.TextDiff;
import org.policykg.trace.FactChange;
import org.policykg.trace.Trace;
import org.policykg.trace.TraceStep;

/**
 * The trace for reading: one block per step, level first; under each aligned clause what the clause below it
 * changed, as an inline diff ([-removed-] {+added+}, long shared runs shortened) and the owners, deadlines and
 * thresholds that differ.
 */
final class TraceTable {

    private static final int KEEP = 12;
    private static final String INDENT = "           ";

    private TraceTable() {
    }

    static String render(Trace trace) {
        Map<String, TraceStep> byClause = new HashMap<>();
        trace.steps().stream().filter(s -> s.clause() != null).forEach(s -> byClause.putIfAbsent(s.clause(), s));
        StringBuilder out = new StringBuilder();
        for (TraceStep s : trace.steps()) {
            out.append(String.format("%-10s ", s.level().isEmpty() ? "?" : s.level())).append(s.title());
            if (s.number() != null) {
                out.append("  ").append(s.number());
            }
            out.append(s.stub() ? "  (cited; not in the store)" : "").append('\n');
            if (s.clause() != null) {
                out.append(INDENT).append(s.path());
                if (s.score() != null) {
                    out.append("  score ").append(score(s.score()));
                }
                out.append("  ").append(oneLine(s.text())).append('\n');
            }
            if (s.comparedWith() != null) {
                TraceStep lower = byClause.get(s.comparedWith());
                out.append(INDENT).append("changed below (").append(lower.title()).append(' ').append(lower.path()).append("): ")
                        .append(inline(s.changes())).append('\n');
                for (FactChange f : s.facts()) {
                    out.append(INDENT).append(f.kind()).append(": ").append(String.join("、", f.higher()))
                            .append(" → ").append(String.join("、", f.lower())).append('\n');
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String score(Double score) {
        return score == null ? null : String.format(Locale.ROOT, "%.3f", score);
    }

    static String inline(List<TextDiff.Edit> edits) {
        StringBuilder s = new StringBuilder();
        for (TextDiff.Edit e : edits) {
            switch (e.op()) {
                case SAME -> s.append(e.text().length() > 3 * KEEP
                        ? e.text().substring(0, KEEP) + "…" + e.text().substring(e.text().length() - KEEP) : e.text());
                case REMOVED -> s.append("[-").append(e.text()).append("-]");
                case ADDED -> s.append("{+").append(e.text()).append("+}");
            }
        }
        return s.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
