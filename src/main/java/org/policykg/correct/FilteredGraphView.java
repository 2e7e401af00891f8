package org.policykg.correct;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A TDB2 graph (a named graph, the union of the named graphs, or the default graph) whose finds keep only what the
 * tuple filter lets through, tested on the same (graph, subject, property, object) ids TDB2 gives it when it solves
 * a basic graph pattern. Read-only: paths only read.
 */
final class FilteredGraphView extends GraphBase {

    private final DatasetGraph dsg;
    private final Node name;
    private final Predicate<Tuple<NodeId>> filter;
    private final NodeTable nodes;

    FilteredGraphView(GraphView view, Predicate<Tuple<NodeId>> filter) {
        this.dsg = view.getDataset();
        this.name = view.getGraphName();
        this.filter = filter;
        this.nodes = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getNodeTable();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        Node s = pattern.getSubject();
        Node p = pattern.getPredicate();
        Node o = pattern.getObject();
        if (name == null || Quad.isDefaultGraph(name)) {
            return dsg.getDefaultGraph().find(s, p, o).filterKeep(t -> filter.test(TupleFactory.create3(id(t.getSubject()),
                    id(t.getPredicate()), id(t.getObject()))));
        }
        boolean union = Quad.isUnionGraph(name);
        ExtendedIterator<Triple> kept = WrappedIterator.create(dsg.findNG(union ? Node.ANY : name, s, p, o))
                .filterKeep(q -> filter.test(TupleFactory.create4(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()),
                        id(q.getObject()))))
                .mapWith(Quad::asTriple);
        if (!union) {
            return kept;
        }
        // the union graph has each triple once, however many graphs hold it
        Set<Triple> seen = new HashSet<>();
        return kept.filterKeep(seen::add);
    }

    private NodeId id(Node n) {
        return nodes.getNodeIdForNode(n);
    }
}
