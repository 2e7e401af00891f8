package org.policykg.link;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;
import org.policykg.summary.GraphSizes;

/**
 * The part of the links graph a pass recomputes, read by index lookups, and its update by difference: only the
 * triples that changed are removed or added, since TDB2 grows with every write until compacted.
 */
final class LinksUpdate {

    /** The document chain's predicates in the links graph (stub levels included). */
    private static final List<Property> CHAIN = List.of(OWL.sameAs, PKG.level, ELI.ensures_implementation_of, ELI.cites);

    private LinksUpdate() {
    }

    /** The stored document chain. */
    static Model chain(Dataset ds) {
        Model links = ds.getNamedModel(PKG.LINKS_GRAPH);
        Model m = ModelFactory.createDefaultModel();
        CHAIN.forEach(p -> m.add(links.listStatements(null, p, (RDFNode) null)));
        return m;
    }

    /** The stored alignments of the clauses of {@code docs}. */
    static Model alignments(Dataset ds, Collection<String> docs) {
        Model m = ModelFactory.createDefaultModel();
        DatasetGraph dsg = ds.asDatasetGraph();
        for (String doc : docs) {
            Set<Node> clauses = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, PKG.inDocument.asNode(), NodeFactory.createURI(doc)).forEachRemaining(q -> clauses.add(q.getSubject()));
            clauses.forEach(c -> LinkState.alignmentsOf(dsg, c).forEach(q -> m.getGraph().add(q.asTriple())));
        }
        return m;
    }

    /** Turns {@code stored}, a part of the links graph, into {@code fresh}. */
    static void apply(Dataset ds, Model stored, Model fresh) {
        DatasetGraph dsg = ds.asDatasetGraph();
        GraphSizes.deleteAll(dsg, LinkState.LINKS, stored.difference(fresh).getGraph().find().toList());
        GraphSizes.addAll(dsg, LinkState.LINKS, fresh.difference(stored).getGraph().find().toList());
    }
}
