package org.policykg.correct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.rdf.CORR;

/**
 * Places every correction on the store as it is now. The obligations people added to clauses are placed first (each on
 * its clause), so that corrections of their fields find them: they follow the clause's extracted obligations in its
 * numbering (--task), which thus never shifts. Corrections of agency nodes are placed on the node, by its IRI (a hash
 * of its label, so the same after every ingest).
 */
final class Placer {

    private final DatasetGraph dsg;
    private final Anchoring anchoring;
    private final Map<String, List<Target>> targets = new HashMap<>();
    private final List<Anchoring.Placement> placements = new ArrayList<>();
    /** The added obligations that are orphaned (document, path, text): the corrections of their fields are too. */
    private final java.util.Set<String> lost = new java.util.HashSet<>();

    private Placer(DatasetGraph dsg, Anchoring anchoring) {
        this.dsg = dsg;
        this.anchoring = anchoring;
    }

    /** Call within a transaction; {@code all} oldest first. */
    static Placer place(DatasetGraph dsg, Anchoring anchoring, List<Correction> all) {
        Placer p = new Placer(dsg, anchoring);
        Map<String, Anchoring.Placement> added = new HashMap<>();
        for (Correction c : all) {
            if (c.field().subject() == Field.Subject.CLAUSE) {
                added.put(c.id(), p.added(c));
            }
        }
        for (Correction c : all) {
            p.placements.add(added.containsKey(c.id()) ? added.get(c.id()) : p.placed(c));
        }
        return p;
    }

    /** Every correction, in the order given, with where it applies. */
    List<Anchoring.Placement> placements() {
        return placements;
    }

    /** What a correction of {@code subject} can name in {@code doc}: for obligations, with the ones people added. */
    List<Target> targets(String doc, Field.Subject subject) {
        return targets.computeIfAbsent(doc + " " + subject, k -> new ArrayList<>(StoredFacts.targets(dsg, doc, subject)));
    }

    private Anchoring.Placement placed(Correction c) {
        if (c.field().subject() == Field.Subject.AGENCY) {
            return AgencyChanges.of(dsg, c).replaced().isEmpty()
                    ? new Anchoring.Placement(c, null, Anchoring.Status.ORPHANED, 0)
                    : new Anchoring.Placement(c, new Target(c.doc(), "", StoredFacts.DOCUMENT_PATH, 1, c.anchorText(), 0, 0, ""),
                    Anchoring.Status.ANCHORED, 1.0);
        }
        if (lost.contains(c.doc() + " " + c.path() + " " + c.anchorText())) {
            return new Anchoring.Placement(c, null, Anchoring.Status.ORPHANED, 0);
        }
        return anchoring.place(c, targets(c.doc(), c.field().subject()));
    }

    /** An added obligation, placed on its clause, as one more obligation of that clause. */
    private Anchoring.Placement added(Correction c) {
        Anchoring.Placement onClause = anchoring.place(c, targets(c.doc(), Field.Subject.CLAUSE));
        Target clause = onClause.target();
        if (clause == null || c.after().isEmpty()) {
            c.after().forEach(text -> lost.add(c.doc() + " " + c.path() + " " + text));
            return onClause;
        }
        List<Target> obligations = targets(c.doc(), Field.Subject.OBLIGATION);
        int task = (int) obligations.stream().filter(t -> t.clause().equals(clause.clause())).count() + 1;
        String text = c.after().get(0);
        int at = clause.text().indexOf(text);
        int start = at < 0 ? clause.start() : clause.start() + clause.text().codePointCount(0, at);
        int end = at < 0 ? clause.end() : start + text.codePointCount(0, text.length());
        Target t = new Target(CORR.addedObligation(CORR.correction(c.id())), clause.clause(), clause.path(), task, text, start, end,
                clause.graph());
        obligations.add(t);
        return new Anchoring.Placement(c, t, onClause.status(), onClause.score());
    }
}
