package org.policykg.check;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The findings of one run of the checks, worst first, and the rules that ran. */
public record CheckReport(List<Finding> findings, List<String> rules) {

    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule).thenComparing(Finding::docTitle).thenComparing(Finding::path)
            .thenComparing(Finding::message);

    public CheckReport {
        findings = findings.stream().sorted(ORDER).toList();
        rules = List.copyOf(rules);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** Findings per severity, every severity present (error, warning, info). */
    public Map<String, Long> summary() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.label(), findings.stream().filter(f -> f.severity() == s).count());
        }
        return counts;
    }

    /** "2 errors, 3 warnings, 5 info". */
    public String summaryLine() {
        return summary().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey() + (e.getValue() != 1 && !e.getKey().equals("info") ? "s" : ""))
                .collect(Collectors.joining(", "));
    }

    public List<Finding> of(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }

    /** The shape of the JSON report (CLI --format json and GET /api/checks). */
    public record Json(Map<String, Long> summary, List<String> rules, List<Finding> findings) {}

    public Json json() {
        return new Json(summary(), rules, findings);
    }
}
