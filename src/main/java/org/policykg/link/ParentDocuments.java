package org.policykg.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policykg.gazetteer.Jurisdiction;
import org.policykg.gazetteer.Jurisdictions;

/**
 * The stored documents whose clauses a document's clauses are aligned with, so that the pass stays near-linear in
 * the corpus size instead of comparing every clause with every other: (1) the documents it implements, directly
 * or up the chain; (2) plans above it in its own jurisdiction's line — documents of its own division, its province
 * and the nation that rank higher (county < city < province < national), or rank the same with an earlier plan
 * year. Of (2), each division contributes its {@value #PER_DIVISION} plans nearest in year (earlier or same year
 * first, then later ones, undated last). Plans of unrelated divisions (another province's city) are not parents.
 */
final class ParentDocuments {

    static final int PER_DIVISION = 2;

    private final Jurisdictions gazetteer;

    ParentDocuments(Jurisdictions gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Each document's parents, best first; documents without parents are left out. */
    Map<String, List<String>> of(List<CorpusDocument> docs, Map<String, Set<String>> implemented) {
        Map<String, List<CorpusDocument>> byDivision = new LinkedHashMap<>();
        for (CorpusDocument d : docs) {
            if (d.jurisdiction() != null) {
                byDivision.computeIfAbsent(d.jurisdiction().code(), k -> new ArrayList<>()).add(d);
            }
        }
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (CorpusDocument d : docs) {
            Set<String> p = new LinkedHashSet<>(closure(d.iri(), implemented));
            for (Jurisdiction j : line(d.jurisdiction())) {
                byDivision.getOrDefault(j.code(), List.of()).stream()
                        .filter(c -> isAbove(c, d))
                        .sorted(nearest(d))
                        .limit(PER_DIVISION)
                        .forEach(c -> p.add(c.iri()));
            }
            p.remove(d.iri());
            if (!p.isEmpty()) {
                parents.put(d.iri(), List.copyOf(p));
            }
        }
        return parents;
    }

    /** Ranks by level; at the same level, the later plan is the lower one. A document of unknown level ranks nowhere. */
    static boolean isAbove(CorpusDocument parent, CorpusDocument child) {
        if (parent.level() == null || child.level() == null) {
            return false;
        }
        int a = parent.level().ordinal();
        int b = child.level().ordinal();
        if (a != b) {
            return a < b;
        }
        return parent.year() != null && child.year() != null && parent.year() < child.year();
    }

    private static Comparator<CorpusDocument> nearest(CorpusDocument d) {
        return Comparator.comparingInt((CorpusDocument c) -> c.year() == null ? 2 : d.year() != null && c.year() > d.year() ? 1 : 0)
                .thenComparingInt(c -> c.year() == null || d.year() == null ? -yearOrZero(c) : Math.abs(c.year() - d.year()))
                .thenComparing(CorpusDocument::iri);
    }

    private static int yearOrZero(CorpusDocument c) {
        return c.year() == null ? 0 : c.year();
    }

    /** The division and all divisions above it, up to the nation. */
    private List<Jurisdiction> line(Jurisdiction j) {
        List<Jurisdiction> line = new ArrayList<>();
        for (Optional<Jurisdiction> p = Optional.ofNullable(j); p.isPresent(); p = gazetteer.parent(p.get())) {
            line.add(p.get());
        }
        return line;
    }

    private static Set<String> closure(String doc, Map<String, Set<String>> implemented) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(implemented.getOrDefault(doc, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (seen.add(next)) {
                todo.addAll(implemented.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }
}
