package org.policykg.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.summary.GraphSizes;

/**
 * The checks graph ({@link PKG#CHECKS_GRAPH}): per document, the findings of {@link FamilyChecks} and the version
 * they were found under ({@code doc pkg:checksVersion}). A document without the current version is unchecked:
 * stored before, or touched by a change not checked yet. Call inside a transaction (a write one to change it).
 */
final class CheckStore {

    static final Node GRAPH = NodeFactory.createURI(PKG.CHECKS_GRAPH);
    private static final Query UNCHECKED = QueryFactory.create(QueryCatalog.shipped("check/unchecked").text());
    private static final Node VERSION = PKG.checksVersion.asNode();
    private static final Node FINDING = PKG.finding.asNode();

    private final Dataset ds;
    private final DatasetGraph dsg;
    private final String version;

    CheckStore(Dataset ds, String version) {
        this.ds = ds;
        this.dsg = ds.asDatasetGraph();
        this.version = version;
    }

    /** Each stored finding under the current version. */
    List<StoredFindings.Row> rows() {
        return StoredFindings.read(dsg, GRAPH, VERSION, string(version));
    }

    /** The stored documents whose findings are not stored under the current version. */
    Set<Node> unchecked() {
        Set<Node> docs = new LinkedHashSet<>();
        try (QueryExecution qe = bound(UNCHECKED)) {
            qe.execSelect().forEachRemaining(s -> docs.add(s.getResource("doc").asNode()));
        }
        return docs;
    }

    /** Replaces a document's stored findings with {@code rows}, under the current version. */
    void put(Node doc, List<RuleRow> rows) {
        forget(dsg, List.of(doc));
        List<Triple> added = new ArrayList<>();
        int i = 0;
        for (RuleRow r : rows) {
            Node f = NodeFactory.createURI(Iris.checkFinding(doc.getURI(), ++i));
            added.add(Triple.create(f, RDF.type.asNode(), PKG.Finding.asNode()));
            added.add(Triple.create(f, PKG.rule.asNode(), string(r.rule().id())));
            added.add(Triple.create(f, PKG.severity.asNode(), string(r.severity().label())));
            added.add(Triple.create(f, PKG.message.asNode(), string(r.message())));
            if (!r.focus().isEmpty()) {
                added.add(Triple.create(f, PKG.focus.asNode(), NodeFactory.createURI(r.focus())));
            }
            if (!r.clause().isEmpty()) {
                added.add(Triple.create(f, PKG.inClause.asNode(), NodeFactory.createURI(r.clause())));
            }
            added.add(Triple.create(doc, FINDING, f));
        }
        added.add(Triple.create(doc, VERSION, string(version)));
        GraphSizes.addAll(dsg, GRAPH, added);
    }

    /** Drops the stored findings of {@code docs}, which makes them unchecked. */
    static void forget(DatasetGraph dsg, Collection<Node> docs) {
        for (Node doc : docs) {
            List<Quad> gone = new ArrayList<>();
            dsg.find(GRAPH, doc, FINDING, Node.ANY).forEachRemaining(q -> {
                gone.add(q);
                dsg.find(GRAPH, q.getObject(), Node.ANY, Node.ANY).forEachRemaining(gone::add);
            });
            dsg.find(GRAPH, doc, VERSION, Node.ANY).forEachRemaining(gone::add);
            GraphSizes.deleteQuads(dsg, GRAPH, gone);
        }
    }

    /** Drops every stored finding: a whole pass checks every document again. */
    static void forgetAll(DatasetGraph dsg) {
        GraphSizes.clear(dsg, GRAPH);
    }

    private QueryExecution bound(Query q) {
        return QueryExecution.dataset(ds).query(q)
                .substitution("checks", ResourceFactory.createResource(PKG.CHECKS_GRAPH))
                .substitution("version", ResourceFactory.createStringLiteral(version)).build();
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralDT(s, XSDDatatype.XSDstring);
    }
}
