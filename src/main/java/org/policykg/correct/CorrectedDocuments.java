package org.policykg.correct;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.rdf.CORR;
import org.policykg.rdf.PKG;

/**
 * The documents' graphs as corrected, for what reads one document's graph rather than the store through SPARQL: the
 * rules run at ingest on a document alone (check reads their stored findings, which know nothing of corrections, so
 * it runs them again on these copies). Empty in the extracted view.
 */
public final class CorrectedDocuments {

    private CorrectedDocuments() {
    }

    /**
     * The graphs, by document IRI, of the documents whose facts corrections change now, each as corrected: the
     * document's graph without what corrections replace, with the applied graph. Call within a read transaction.
     */
    public static Map<String, Model> of(Dataset ds) {
        if (ds.getContext().get(ViewFilter.VIEW) instanceof ViewFilter f && f.extracted()) {
            return Map.of();
        }
        DatasetGraph dsg = ds.asDatasetGraph();
        Node applied = NodeFactory.createURI(CORR.APPLIED_GRAPH);
        Map<Node, String> graphs = new HashMap<>();
        HiddenFacts.of(dsg).forEach(q -> graphs.computeIfAbsent(q.getGraph(), g -> document(dsg, g)));
        dsg.find(applied, Node.ANY, CORR.correctedBy.asNode(), Node.ANY).forEachRemaining(c -> {
            dsg.find(Node.ANY, c.getSubject(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (AgencyChanges.extracted(q.getGraph())) {
                    graphs.computeIfAbsent(q.getGraph(), g -> document(dsg, g));
                }
            });
            // an obligation a person added is in the applied graph alone: its document's graph is found from it
            dsg.find(applied, c.getSubject(), PKG.inDocument.asNode(), Node.ANY).forEachRemaining(d ->
                    StoredFacts.graphOf(dsg, d.getObject().getURI()).ifPresent(g -> graphs.put(g, d.getObject().getURI())));
        });
        Map<String, Model> out = new HashMap<>();
        ViewGraph view = graphs.isEmpty() ? null : ViewGraph.of(dsg, false);
        graphs.forEach((g, doc) -> {
            if (doc != null) {
                Graph both = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(both::add);
                dsg.getGraph(applied).find().forEachRemaining(both::add);
                out.put(doc, ModelFactory.createDefaultModel().add(
                        ModelFactory.createModelForGraph(view.on(both))));
            }
        });
        return out;
    }

    /** The document a graph holds, or null for a graph of no document. */
    private static String document(DatasetGraph dsg, Node g) {
        var it = dsg.find(g, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.PolicyDocument.asNode());
        return it.hasNext() ? it.next().getSubject().getURI() : null;
    }
}
