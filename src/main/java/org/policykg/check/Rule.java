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
 * {@code # rationale:} and {@code # scope:} (see {@link Scope}). The header's severity is the rule's default; a row may
 * carry its own.
 */
public record Rule(String id, String title, Severity severity, String rationale, Scope scope, NamedQuery query) {

    /** Where a rule's findings are found and kept. */
    public enum Scope {
        /** {@code # scope: document}: looks at one document; run at ingest, stored in its graph ({@link DocumentRules}). */
        DOCUMENT,
        /**
         * No scope line: compares a document with the plans it is paired with or with other documents naming its
         * bodies; run by the cross-document pass for the documents a change touches, stored in the checks graph
         * ({@link FamilyChecks}).
         */
        FAMILY,
        /** {@code # scope: corrections}: looks at the corrections graph only; run by the check itself. */
        CORRECTIONS
    }

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
                scope(fields.getOrDefault("scope", "")), q);
    }

    public boolean perDocument() {
        return scope == Scope.DOCUMENT;
    }

    private static Scope scope(String header) {
        return switch (header) {
            case "" -> Scope.FAMILY;
            case "document" -> Scope.DOCUMENT;
            case "corrections" -> Scope.CORRECTIONS;
            default -> throw new IllegalStateException("unknown '# scope: " + header + "' (document or corrections)");
        };
    }
}
