package org.policykg.check;

import static org.policykg.query.Solutions.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;

/** One row of a rule's answer, its severity resolved (the row's own, else the rule's): not yet placed in its document. */
record RuleRow(Rule rule, Severity severity, String focus, String doc, String clause, String message) {

    static List<RuleRow> of(Rule rule, QueryExecution qe) {
        List<RuleRow> rows = new ArrayList<>();
        qe.execSelect().forEachRemaining(s -> {
            String severity = text(s, "severity");
            rows.add(new RuleRow(rule, severity.isEmpty() ? rule.severity() : Severity.parse(severity), text(s, "focus"),
                    text(s, "doc"), text(s, "clause"), text(s, "message")));
        });
        return rows;
    }

    Finding locate(FindingLocator locator) {
        return locator.locate(rule.id(), rule.title(), severity, focus, doc, clause, message);
    }
}
