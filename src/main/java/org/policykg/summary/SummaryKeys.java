package org.policykg.summary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.PKG;

/**
 * The keys of the stored rows a document's graph takes part in: the bodies it names (typed, as an agent, or as a
 * successor) and their successors, whose calendars count their predecessors' deadlines. Read by index lookups.
 */
public final class SummaryKeys {

    static final Node GRAPH = NodeFactory.createURI(PKG.SUMMARIES_GRAPH);
    private static final Node PENDING = PKG.summaryPending.asNode();
    private static final List<Node> KINDS = List.of(PKG.Agency.asNode(), PKG.CollectiveActor.asNode(), PKG.FunctionalRole.asNode());

    private SummaryKeys() {
    }

    /**
     * Called in the transaction that removes {@code graph} (a document replaced or removed): records its keys as
     * pending, since they can no longer be read from it when the pass runs; nothing when the store has no summaries.
     */
    public static void stale(DatasetGraph dsg, String graph) {
        // without summaries (never built, or emptied by a full pass) the next pass builds them all
        if (!Summaries.missing(dsg)) {
            GraphSizes.addAll(dsg, GRAPH, of(dsg, NodeFactory.createURI(graph)).stream().map(k -> Triple.create(GRAPH, PENDING, k)).toList());
        }
    }

    /** The keys recorded by {@link #stale} and not yet refreshed. */
    static Set<Node> pending(DatasetGraph dsg) {
        Set<Node> keys = new LinkedHashSet<>();
        dsg.find(GRAPH, GRAPH, PENDING, Node.ANY).forEachRemaining(q -> keys.add(q.getObject()));
        return keys;
    }

    static void clearPending(DatasetGraph dsg) {
        GraphSizes.deleteAny(dsg, GRAPH, GRAPH, PENDING, Node.ANY);
    }

    /** The keys of one graph; {@code Node.ANY}: of the whole store. */
    static Set<Node> of(DatasetGraph dsg, Node graph) {
        Set<Node> keys = new LinkedHashSet<>();
        KINDS.forEach(k -> dsg.find(graph, Node.ANY, RDF.type.asNode(), k).forEachRemaining(q -> keys.add(q.getSubject())));
        dsg.find(graph, Node.ANY, PKG.agent.asNode(), Node.ANY).forEachRemaining(q -> keys.add(q.getObject()));
        dsg.find(graph, Node.ANY, PKG.successor.asNode(), Node.ANY).forEachRemaining(q -> keys.add(q.getObject()));
        return withSuccessors(dsg, keys);
    }

    private static Set<Node> withSuccessors(DatasetGraph dsg, Set<Node> keys) {
        Set<Node> all = new LinkedHashSet<>(keys);
        Deque<Node> todo = new ArrayDeque<>(keys);
        while (!todo.isEmpty()) {
            dsg.find(Node.ANY, todo.pop(), PKG.successor.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI() && all.add(q.getObject())) {
                    todo.add(q.getObject());
                }
            });
        }
        all.removeIf(k -> !k.isURI());
        return all;
    }
}
