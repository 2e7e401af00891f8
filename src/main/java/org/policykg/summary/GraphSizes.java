package org.policykg.summary;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.policykg.rdf.PKG;

/**
 * The triple counts of the shared graphs that grow with the corpus (links, link state, checks, summaries, lookup keys), stored in
 * graph {@link PKG#SIZES_GRAPH} as {@code graph pkg:tripleCount n} so that stats adds them up instead of scanning
 * millions of quads. Their writers go through this class, which changes the count by what it actually adds or removes
 * (a triple already there, or not there, changes nothing), in their own transaction. A graph without a stored count
 * (a store built before) is counted once by {@link #fill}, which the cross-document pass calls.
 */
public final class GraphSizes {

    static final Node GRAPH = NodeFactory.createURI(PKG.SIZES_GRAPH);
    /** The counted graphs: every other shared graph is small and counted by stats itself. */
    public static final List<Node> COUNTED = List.of(PKG.LINKS_GRAPH, PKG.LINK_STATE_GRAPH, PKG.CHECKS_GRAPH, PKG.SUMMARIES_GRAPH, PKG.LOOKUP_GRAPH)
            .stream().map(NodeFactory::createURI).toList();
    private static final Node COUNT = PKG.tripleCount.asNode();

    private GraphSizes() {
    }

    /** Adds a triple to graph {@code g}, counted if it was not there. Call in a write transaction. */
    public static void add(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        addAll(dsg, g, List.of(Triple.create(s, p, o)));
    }

    /** Adds triples to graph {@code g}, counting those that were not there. */
    public static void addAll(DatasetGraph dsg, Node g, Iterable<Triple> triples) {
        long n = 0;
        for (Triple t : triples) {
            if (!dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                n++;
            }
        }
        change(dsg, g, n);
    }

    /** Deletes triples from graph {@code g}, counting those that were there. */
    public static void deleteAll(DatasetGraph dsg, Node g, Iterable<Triple> triples) {
        long n = 0;
        for (Triple t : triples) {
            if (dsg.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
                n++;
            }
        }
        change(dsg, g, -n);
    }

    /** Deletes stored quads (as found in the store) of one graph. */
    public static void deleteQuads(DatasetGraph dsg, Node g, List<Quad> quads) {
        deleteAll(dsg, g, quads.stream().map(Quad::asTriple).toList());
    }

    /** Deletes the triples of graph {@code g} that match the pattern. */
    public static void deleteAny(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        List<Quad> found = new ArrayList<>();
        dsg.find(g, s, p, o).forEachRemaining(found::add);
        found.forEach(dsg::delete);
        change(dsg, g, -found.size());
    }

    /** Empties graph {@code g}: its count is 0 from now on. */
    public static void clear(DatasetGraph dsg, Node g) {
        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        set(dsg, g, 0);
    }

    /** Whether a counted graph has no stored count yet (a store built before the counts were kept). */
    public static boolean missing(DatasetGraph dsg) {
        return COUNTED.stream().anyMatch(g -> stored(dsg, g) < 0);
    }

    /** Counts each counted graph that has no stored count, once, and stores it; returns how many were counted. Call in a write transaction. */
    public static int fill(DatasetGraph dsg) {
        int filled = 0;
        for (Node g : COUNTED) {
            if (stored(dsg, g) < 0) {
                long[] n = {0};
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> n[0]++);
                set(dsg, g, n[0]);
                filled++;
            }
        }
        return filled;
    }

    /** The stored count of {@code g}, or -1 when none is stored. */
    public static long stored(DatasetGraph dsg, Node g) {
        var it = dsg.find(GRAPH, g, COUNT, Node.ANY);
        return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : -1;
    }

    /** Changes the stored count by {@code delta}; a graph without one stays without (counted by {@link #fill} later). */
    private static void change(DatasetGraph dsg, Node g, long delta) {
        long now = delta == 0 ? -1 : stored(dsg, g);
        if (now >= 0) {
            set(dsg, g, now + delta);
        }
    }

    private static void set(DatasetGraph dsg, Node g, long n) {
        dsg.deleteAny(GRAPH, g, COUNT, Node.ANY);
        dsg.add(GRAPH, g, COUNT, NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger));
    }
}
