package org.policykg.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.query.QueryCatalog;
import org.policykg.rdf.ELI;
import org.policykg.rdf.PKG;

/**
 * What the rules comparing documents need to judge one document, read from the store by index lookups into memory:
 * its graph, the graphs of the plans it is paired with as child (check/plan-pairs.rq), its links (the cited
 * documents and what they were tied to), every statement about the bodies it names, and for each body one mention
 * per jurisdiction of the documents naming it (a body's level is read from those). The shared ontology, schemes and
 * reference graphs are copied once. Call inside a transaction; one instance per pass, as it caches the bodies.
 */
final class Neighbourhood {

    private static final Query PAIRS = QueryFactory.create(QueryCatalog.shipped("check/plan-pairs").text());
    private static final Node AGENT = PKG.agent.asNode();
    private static final Node LINKS = NodeFactory.createURI(PKG.LINKS_GRAPH);
    /** Document graphs kept in memory (a few MB each). */
    private static final int KEPT = 48;
    private static final String CHILD = "child";

    private final Dataset ds;
    private final DatasetGraph dsg;
    private final Model shared;
    private final Graph ontology = GraphFactory.createDefaultGraph();
    private final Map<Node, Node> graphOf = new HashMap<>();
    private final Map<Node, Node> docOfGraph = new HashMap<>();
    private final Map<Node, List<Triple>> bodies = new HashMap<>();
    /** The pairs by a stub's title, read when first asked for. */
    private TitlePairs titles;
    private final Map<Node, Graph> copies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, Graph> eldest) {
            return size() > KEPT;
        }
    };

    Neighbourhood(Dataset ds) {
        this.ds = ds;
        this.dsg = ds.asDatasetGraph();
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : List.of(PKG.ONTOLOGY_GRAPH, PKG.SCHEMES_GRAPH, PKG.REFERENCE_GRAPH)) {
            dsg.find(NodeFactory.createURI(name), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
        this.shared = ModelFactory.createModelForGraph(g);
        dsg.find(NodeFactory.createURI(PKG.ONTOLOGY_GRAPH), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> ontology.add(q.asTriple()));
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.PolicyDocument.asNode()).forEachRemaining(q -> {
            graphOf.putIfAbsent(q.getSubject(), q.getGraph());
            docOfGraph.putIfAbsent(q.getGraph(), q.getSubject());
        });
    }

    /** The ontology, schemes and reference graphs. */
    Model shared() {
        return shared;
    }

    /**
     * What the shapes judge a document on: its own graph, with the ontology's classes, and the types the shared
     * graphs give the nodes it points at, so that only the document's nodes are targets (not the reference's places).
     */
    Graph shapesData(Graph own) {
        return new MultiUnion(new Graph[] {own, ontology, new TypesOf(shared.getGraph())});
    }

    /** The stored documents. */
    Set<Node> documents() {
        return graphOf.keySet();
    }

    /** The graph a stored document is in, or null. */
    Node graph(Node doc) {
        return graphOf.get(doc);
    }

    /** The document's own graph, copied. */
    Graph own(Node doc) {
        Node graph = graphOf.get(doc);
        return graph == null ? GraphFactory.createDefaultGraph() : copy(graph);
    }

    /** A graph of the store in memory; the last ones are kept, as a parent plan is read for each of its children. */
    private Graph copy(Node graph) {
        return copies.computeIfAbsent(graph, name -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
    }

    /** The document's neighbourhood (its own graph, see the class comment), without the shared graphs. */
    Graph of(Node doc, Graph own) {
        Graph g = GraphFactory.createDefaultGraph();
        own.find().forEachRemaining(g::add);
        for (Node parent : pairs(doc, "child", "parent")) {
            Node pg = graphOf.get(parent);
            if (pg != null && !pg.equals(graphOf.get(doc))) {
                copy(pg).find().forEachRemaining(g::add);
            }
        }
        Set<Node> cited = new HashSet<>();
        dsg.find(LINKS, doc, Node.ANY, Node.ANY).forEachRemaining(q -> {
            g.add(q.asTriple());
            cited.add(q.getObject());
        });
        for (Node p : List.of(ELI.ensures_implementation_of.asNode(), ELI.cites.asNode())) {
            own.find(doc, p, Node.ANY).forEachRemaining(t -> cited.add(t.getObject()));
        }
        cited.stream().filter(Node::isURI).forEach(c -> dsg.find(LINKS, c, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple())));
        Set<Node> agents = new LinkedHashSet<>();
        own.find(Node.ANY, AGENT, Node.ANY).forEachRemaining(t -> agents.add(t.getObject()));
        agents.forEach(a -> body(a).forEach(g::add));
        return g;
    }

    /** The documents paired with {@code doc}: its parents ({@code bound} "child") or its children ({@code bound} "parent"). */
    Set<Node> pairs(Node doc, String bound, String other) {
        Set<Node> out = new LinkedHashSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PAIRS).substitution(bound, ResourceFactory.createResource(doc.getURI())).build()) {
            qe.execSelect().forEachRemaining(s -> out.add(s.getResource(other).asNode()));
        }
        if (titles == null) {
            titles = new TitlePairs(dsg);
        }
        out.addAll(CHILD.equals(bound) ? titles.parents(doc) : titles.children(doc));
        return out;
    }

    /** The graphs naming a body. */
    Set<Node> graphsNaming(Node agent) {
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, AGENT, agent).forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs;
    }

    /** The jurisdictions a body is placed in by a graph: those of the graph's document, and the body's own. */
    Set<Node> places(Node graph, Node agent) {
        Set<Node> out = new LinkedHashSet<>();
        Node doc = docOfGraph.get(graph);
        if (doc != null) {
            dsg.find(graph, doc, PKG.jurisdiction.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        }
        dsg.find(graph, agent, PKG.jurisdiction.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    /** The document a graph holds, or null. */
    Node documentOf(Node graph) {
        return docOfGraph.get(graph);
    }

    /** What the store says about a body, and one mention of it per jurisdiction of the documents naming it. */
    private List<Triple> body(Node agent) {
        return bodies.computeIfAbsent(agent, a -> {
            Set<Triple> out = new LinkedHashSet<>();
            dsg.find(Node.ANY, a, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
            Set<Node> places = new HashSet<>();
            Set<Node> seen = new HashSet<>();
            dsg.find(Node.ANY, Node.ANY, AGENT, a).forEachRemaining(q -> {
                // one mention a graph, the first that leads to its document's places
                List<Triple> mention = seen.contains(q.getGraph()) ? List.of() : mention(q.getGraph(), q.getSubject());
                if (!mention.isEmpty()) {
                    seen.add(q.getGraph());
                    boolean newPlace = false;
                    for (Triple t : mention) {
                        newPlace |= t.getPredicate().equals(PKG.jurisdiction.asNode()) && places.add(t.getObject());
                    }
                    if (newPlace) {
                        out.add(q.asTriple());
                        out.addAll(mention);
                    }
                }
            });
            return new ArrayList<>(out);
        });
    }

    /** mention pkg:inClause clause, clause pkg:inDocument doc, and doc pkg:jurisdiction each place (the caller adds mention pkg:agent body); empty when a link is missing. */
    private List<Triple> mention(Node graph, Node mention) {
        Triple clause = first(graph, mention, PKG.inClause.asNode());
        Triple doc = clause == null ? null : first(graph, clause.getObject(), PKG.inDocument.asNode());
        if (doc == null) {
            return List.of();
        }
        List<Triple> out = new ArrayList<>(List.of(clause, doc));
        dsg.find(graph, doc.getObject(), PKG.jurisdiction.asNode(), Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    private Triple first(Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().asTriple() : null;
    }
}
