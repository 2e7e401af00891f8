package org.policykg.correct;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The parser scored against people's corrections: a document with at least one correction counts as reviewed, so each
 * of its obligations is right on a field unless a correction applied to that field says otherwise (and differs from
 * what the parser stored). Reviewed documents thus become test data for {@code eval --corrections}.
 */
final class CorrectionScore {

    private CorrectionScore() {
    }

    /** The report lines: a summary, accuracy per field, then up to {@code errors} misses. */
    static List<String> report(DatasetGraph dsg, List<CorrectionService.Listed> listed, int errors) {
        Set<String> reviewed = new java.util.TreeSet<>();
        listed.forEach(l -> reviewed.add(l.correction().doc()));
        Map<String, Target> byObligation = new java.util.HashMap<>();
        for (String doc : reviewed) {
            StoredFacts.targets(dsg, doc, Field.Subject.OBLIGATION).forEach(t -> byObligation.put(doc + " " + t.path() + " " + t.task(), t));
        }
        Map<Field, Set<String>> wrong = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        long orphaned = 0;
        int missed = 0;
        for (CorrectionService.Listed l : listed) {
            Correction c = l.correction();
            if (l.status().equals("orphaned")) {
                orphaned++;
                continue;
            }
            if (c.field() == Field.OBLIGATION) {
                missed++;
                misses.add(c.field().slug() + "  " + l.appliedPath() + "  parser: (none)  corrected: " + shown(c.after()) + "  (" + c.doc() + ")");
                continue;
            }
            Target t = byObligation.get(c.doc() + " " + l.appliedPath() + " " + c.task());
            // a field of an obligation the parser missed (numbered after the clause's extracted ones) is not scored:
            // the missed obligation is
            String clause = c.doc() + " " + l.appliedPath() + " ";
            boolean onAdded = t == null && byObligation.keySet().stream().filter(k -> k.startsWith(clause)).count() < c.task();
            if (l.status().equals(Applier.SUPERSEDED) || c.field().subject() != Field.Subject.OBLIGATION || onAdded) {
                continue;
            }
            List<String> parsed = t == null ? c.before() : StoredFacts.extracted(dsg, t, c.field());
            if (!new HashSet<>(parsed).equals(new HashSet<>(c.after()))) {
                wrong.computeIfAbsent(c.field(), f -> new HashSet<>()).add(c.doc() + " " + l.appliedPath() + " " + c.task());
                misses.add(c.field().slug() + "  " + l.appliedPath() + "  parser: " + shown(parsed) + "  corrected: " + shown(c.after())
                        + "  (" + c.doc() + ")");
            }
        }
        int n = byObligation.size();
        List<String> out = new ArrayList<>();
        out.add(String.format("corrections: %d in %d reviewed document(s), %d obligations; %d orphaned (not scored)",
                listed.size(), reviewed.size(), n, orphaned));
        out.add(String.format("%-12s %11s %9s %9s", "field", "obligations", "corrected", "accuracy"));
        for (Field f : java.util.Arrays.stream(Field.values()).filter(f -> f.subject() == Field.Subject.OBLIGATION).toList()) {
            int bad = wrong.getOrDefault(f, Set.of()).size();
            out.add(String.format("%-12s %11d %9d %9s", f.slug(), n, bad, n == 0 ? "-" : String.format("%.3f", (n - bad) / (double) n)));
        }
        if (missed > 0) {
            out.add(String.format("%-12s %11s %9d", "obligation", "missed", missed));
        }
        if (!misses.isEmpty()) {
            out.add("");
            out.add("misses:");
            misses.stream().limit(errors).forEach(m -> out.add("  " + m));
        }
        return out;
    }

    private static String shown(List<String> values) {
        return values.isEmpty() ? "(none)" : Correction.joined(values);
    }
}
