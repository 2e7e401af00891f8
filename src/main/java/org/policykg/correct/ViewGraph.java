package org.policykg.correct;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.policykg.rdf.CORR;
import org.policykg.rdf.PKG;

/**
 * The union graph as the API reads it (Model code such as the trace's facts), in the same view SPARQL has: TDB2's tuple
 * filter acts on queries only, so this drops the same triples from finds. The corrected view drops the extracted links
 * corrections replace (and the replaced facts' links to their clause); the extracted view drops what only the correction graphs hold. Both sets are small, computed once.
 */
final class ViewGraph extends GraphWrapper {

    private final Set<Triple> dropped;

    private ViewGraph(Graph union, Set<Triple> dropped) {
        super(union);
        this.dropped = dropped;
    }

    /** {@code base} (some of the store's graphs) in the same view. */
    ViewGraph on(Graph base) {
        return new ViewGraph(base, dropped);
    }

    /** Call within a read transaction. */
    static ViewGraph of(DatasetGraph dsg, boolean extracted) {
        Node applied = NodeFactory.createURI(CORR.APPLIED_GRAPH);
        Node corrections = NodeFactory.createURI(CORR.GRAPH);
        Set<Triple> dropped = new HashSet<>();
        if (extracted) {
            for (Node g : new Node[] {applied, corrections}) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!elsewhere(dsg, q.asTriple(), applied, corrections)) {
                        dropped.add(q.asTriple());
                    }
                });
            }
        } else {
            for (Quad q : HiddenFacts.of(dsg)) {
                if (!dsg.contains(applied, q.getSubject(), q.getPredicate(), q.getObject())) {
                    dropped.add(q.asTriple());
                    // a replaced deadline or assignment is found from its clause too (pkg:inClause)
                    dsg.find(q.getGraph(), q.getObject(), PKG.inClause.asNode(), Node.ANY).forEachRemaining(f -> dropped.add(f.asTriple()));
                }
            }
        }
        return new ViewGraph(dsg.getUnionGraph(), Set.copyOf(dropped));
    }

    private static boolean elsewhere(DatasetGraph dsg, Triple t, Node applied, Node corrections) {
        var it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!g.equals(applied) && !g.equals(corrections)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        return dropped.isEmpty() ? super.find(s, p, o) : super.find(s, p, o).filterDrop(dropped::contains);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple t) {
        return find(t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        return find(s, p, o).hasNext();
    }

    @Override
    public boolean contains(Triple t) {
        return contains(t.getSubject(), t.getPredicate(), t.getObject());
    }
}
