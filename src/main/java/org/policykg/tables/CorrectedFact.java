package org.policykg.tables;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;

/**
 * A field of a row that a person corrected (queries/corrections.rq): which field (lead, support, responsible,
 * recipient, deadline), the values before and after (joined with 、), who, when and why.
 */
public record CorrectedFact(String field, String before, String after, String by, String time, String note) {

    /**
     * The corrections that apply now, by the IRI of the clause they apply to (queries/corrections.rq, with its optional
     * doc parameter); none in the extracted view, which hides the correction graphs.
     */
    public static Map<String, List<CorrectedFact>> byClause(QueryCatalog catalog, QueryRunner runner, Map<String, String> params) {
        ResultSetRewindable rs = runner.select(catalog.get("corrections"), params);
        Map<String, List<CorrectedFact>> out = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.computeIfAbsent(text(s, "clause"), k -> new ArrayList<>()).add(new CorrectedFact(text(s, "field"),
                    text(s, "before"), text(s, "after"), text(s, "by"), text(s, "time"), text(s, "note")));
        }
        return out;
    }

    /** The column the field is printed in, or null when the table prints it in none (recipient). */
    Column column() {
        return switch (field) {
            case "lead", "responsible" -> Column.LEAD;
            case "support" -> Column.SUPPORT;
            case "deadline" -> Column.DEADLINE;
            default -> null;
        };
    }

    /** The Word comment on the corrected cell: 人工更正：… → …（张三，2026-12-06：note）. */
    public String comment(TableWords words) {
        String date = time.length() >= 10 ? time.substring(0, 10) : time;
        return words.get("corrected") + "：" + (before.isEmpty() ? "—" : before) + " → " + (after.isEmpty() ? "—" : after)
                + "（" + by + "，" + date + (note.isEmpty() ? "" : "：" + note) + "）";
    }
}
