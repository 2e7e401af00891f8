package org.policykg.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.query.NamedQuery;

/**
 * A rule check: a catalog query under queries/rules/ returning the columns {@code focus doc clause severity
 * message}, with its metadata in header lines {@code # id:}, {@code # title:}, {@code # severity:},
 * {@code # rationale:} and {@code # scope: document} for a rule that looks at one document at a time (run at ingest,
 * see {@link DocumentRules}). The header's severity is the rule's default; a row may carry its own.
 */
public record Rule(String id, String title, Severity severity, String rationale, boolean perDocument, NamedQuery query) {

    public static final List<String> COLUMNS = List.of("focus", "doc", "clause", "severity", "message");
    private static final Pattern FIELD = Pattern.compile("^#\\s*(id|title|severity|rationale|scope):\\s*(.*)$");

    public static Rule of(NamedQuery q) {
        Map<String, String> fields = new HashMap<>();
        for (String line : q.text().split("\\R")) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                fields.put(m.group(1), m.group(2).strip());
            }
        }
        for (String required : List.of("id", "title", "severity")) {
            if (!fields.containsKey(required)) {
                throw new IllegalStateException("rule " + q.name() + " has no '# " + required + ":' header line");
            }
        }
        if (!q.columns().equals(COLUMNS)) {
            throw new IllegalStateException("rule " + q.name() + " must declare the columns " + String.join(" ", COLUMNS));
        }
        return new Rule(fields.get("id"), fields.get("title"), Severity.parse(fields.get("severity")),
                fields.getOrDefault("rationale", ""),
                "document".equals(fields.get("scope")), q);
    }
}
