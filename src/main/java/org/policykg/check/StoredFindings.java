package org.policykg.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.rdf.PKG;

/**
 * Reads stored findings ({@code doc pkg:finding f}, f with rule, severity, message and optionally focus and clause) by
 * index lookups, not by a SPARQL join: the check reads tens of thousands of them. Ingest stores a document's in its
 * own graph under {@code pkg:rulesVersion}, the cross-document pass the others in the checks graph under
 * {@code pkg:checksVersion}. Call inside a read transaction.
 */
final class StoredFindings {

    private static final Node FINDING = PKG.finding.asNode();
    private static final Node RULE = PKG.rule.asNode();
    private static final Node SEVERITY = PKG.severity.asNode();
    private static final Node MESSAGE = PKG.message.asNode();
    private static final Node FOCUS = PKG.focus.asNode();
    private static final Node CLAUSE = PKG.inClause.asNode();

    /** One stored finding, as text; empty strings for what it has not. */
    record Row(String rule, String severity, String focus, String doc, String clause, String message) {}

    private StoredFindings() {
    }

    /**
     * The findings of the documents stating {@code doc versionProperty version} in {@code graph} (Node.ANY: each in
     * its own graph), the findings read from that same graph: documents in the store's index order, each one's
     * findings in index order.
     */
    static List<Row> read(DatasetGraph dsg, Node graph, Node versionProperty, Node version) {
        List<Row> rows = new ArrayList<>();
        List<Quad> docs = new ArrayList<>();
        dsg.find(graph, Node.ANY, versionProperty, version).forEachRemaining(docs::add);
        for (Quad d : docs) {
            Node g = d.getGraph();
            List<Node> findings = new ArrayList<>();
            dsg.find(g, d.getSubject(), FINDING, Node.ANY).forEachRemaining(q -> findings.add(q.getObject()));
            for (Node f : findings) {
                Map<Node, Node> values = new HashMap<>();
                dsg.find(g, f, Node.ANY, Node.ANY).forEachRemaining(q -> values.putIfAbsent(q.getPredicate(), q.getObject()));
                // a finding without its rule, severity or message is not one (as the stored queries required them)
                if (values.containsKey(RULE) && values.containsKey(SEVERITY) && values.containsKey(MESSAGE)) {
                    rows.add(new Row(text(values.get(RULE)), text(values.get(SEVERITY)), text(values.get(FOCUS)),
                            d.getSubject().getURI(), text(values.get(CLAUSE)), text(values.get(MESSAGE))));
                }
            }
        }
        return rows;
    }

    private static String text(Node n) {
        return n == null ? "" : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
    }
}
