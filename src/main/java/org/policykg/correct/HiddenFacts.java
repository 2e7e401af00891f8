package org.policykg.correct;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.rdf.CORR;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The extracted links a placed correction replaces: from each corrected obligation, its values of the corrected field
 * (pkg:lead …, pkg:deadline) and its role assignments in the corrected roles, in every graph but the applied one; and
 * the facts naming an agency node that a merge or a split rewrites.
 * Derived from the applied graph, so that a store opened later hides the same quads without storing them.
 */
final class HiddenFacts {

    private HiddenFacts() {
    }

    static List<Quad> of(DatasetGraph dsg) {
        Node applied = NodeFactory.createURI(CORR.APPLIED_GRAPH);
        Node corrections = NodeFactory.createURI(CORR.GRAPH);
        List<Quad> out = new ArrayList<>();
        dsg.find(applied, Node.ANY, CORR.correctedBy.asNode(), Node.ANY).forEachRemaining(q -> {
            var field = dsg.find(corrections, q.getObject(), CORR.field.asNode(), Node.ANY);
            if (field.hasNext()) {
                hide(dsg, q.getSubject(), Field.parse(field.next().getObject().getLiteralLexicalForm()), applied, out);
            }
        });
        // a correction of an agency node replaces the quads naming it (its status is anchored, or it applies nowhere)
        dsg.find(applied, Node.ANY, CORR.appliesTo.asNode(), Node.ANY).forEachRemaining(q -> {
            String field = literal(dsg, corrections, q.getSubject(), CORR.field);
            String status = literal(dsg, applied, q.getSubject(), CORR.anchorStatus);
            if (field != null && Field.parse(field).subject() == Field.Subject.AGENCY && !Applier.SUPERSEDED.equals(status)) {
                String after = literal(dsg, corrections, q.getSubject(), CORR.valueAfter);
                out.addAll(AgencyChanges.of(dsg, Field.parse(field), q.getObject().getURI(),
                        literal(dsg, corrections, q.getSubject(), CORR.anchorText), after == null ? "" : after).replaced());
            }
        });
        return out;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Property p) {
        var it = dsg.find(g, s, p.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    private static void hide(DatasetGraph dsg, Node o, Field field, Node applied, List<Quad> out) {
        for (Property p : field.replaces()) {
            dsg.find(Node.ANY, o, p.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(applied)) {
                    out.add(q);
                }
            });
            if (field.role()) {
                Node role = NodeFactory.createURI(Iris.role(p.getLocalName()));
                dsg.find(Node.ANY, o, PKG.assignment.asNode(), Node.ANY).forEachRemaining(q -> {
                    if (!q.getGraph().equals(applied) && dsg.contains(q.getGraph(), q.getObject(), PKG.role.asNode(), role)) {
                        out.add(q);
                    }
                });
            }
        }
    }
}
