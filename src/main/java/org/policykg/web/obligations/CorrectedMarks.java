package org.policykg.web.obligations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policykg.tables.CorrectedFact;

/**
 * Which cells of the explorer a person corrected, from the corrections that apply to the rows' clauses
 * (queries/corrections.rq): a body in the role a correction set, and the deadline. Each mark is told as its tooltip:
 * 人工校正：湛江市发展和改革局 → 湛江市财政局（admin，2026-12-06：note）.
 */
record CorrectedMarks(Map<String, List<CorrectedFact>> byClause) {

    /** The fields a row's role comes from: 负责 rows are shown as leading, and a lead correction sets them. */
    private static final Map<String, Set<String>> ROLE_FIELDS = Map.of("lead", Set.of("lead", "responsible"),
            "responsible", Set.of("lead", "responsible"), "support", Set.of("support"), "recipient", Set.of("recipient"));

    /** The tooltip of the row's body when a correction set it there, else null. */
    public String agency(ObligationRow row) {
        return told(row, ROLE_FIELDS.getOrDefault(row.role(), Set.of()));
    }

    /** The tooltip of the row's deadline when a correction set it, else null. */
    public String due(ObligationRow row) {
        return told(row, Set.of("deadline"));
    }

    private String told(ObligationRow row, Set<String> fields) {
        return byClause.getOrDefault(row.clause(), List.of()).stream().filter(c -> fields.contains(c.field()))
                .map(c -> "人工校正：" + (c.before().isEmpty() ? "无" : c.before()) + " → " + (c.after().isEmpty() ? "无" : c.after())
                        + "（" + c.by() + "，" + c.time().substring(0, Math.min(10, c.time().length()))
                        + (c.note().isEmpty() ? "" : "：" + c.note()) + "）")
                .reduce((a, b) -> a + "；" + b).orElse(null);
    }
}
