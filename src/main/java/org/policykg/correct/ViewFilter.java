package org.policykg.correct;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.rdf.CORR;
import org.policykg.store.KgStore;

/**
 * Which quads SPARQL sees, as TDB2's tuple filter (the hook Fuseki's access control uses), set in the store's context
 * so that every query sees it: the catalog, the rules, the tables, the calendars, the trace and the SPARQL endpoint.
 * The corrected view hides the extracted facts that corrections replace; the extracted view hides the correction
 * graphs instead. It is called for every quad a query reads, so it tests NodeIds against hash sets only. TDB2 calls it
 * for basic graph patterns; {@link FilteredPaths} has property paths read through it too.
 */
final class ViewFilter implements Predicate<Tuple<NodeId>> {

    /**
     * What the corrected view hides: exact quads, and (graph, subject, property) for a literal value, all of whose values
     * are hidden, since TDB2 keeps some literals inline and a decimal read back (6.0) no longer has the id it was stored
     * under (6).
     */
    private record Hidden(Set<NodeId> subjects, Set<List<NodeId>> quads, Set<List<NodeId>> literals, NodeId corrections, NodeId applied) {}

    /** Set while one request runs in the extracted view (the asExtracted parameter of the web app). */
    private static final ThreadLocal<Boolean> EXTRACTED_HERE = ThreadLocal.withInitial(() -> false);
    /** How many threads are in the extracted view now: while none is, the filter never reads the thread-local. */
    private static final java.util.concurrent.atomic.AtomicInteger EXTRACTED_THREADS = new java.util.concurrent.atomic.AtomicInteger();

    private volatile boolean extracted;
    private volatile Hidden hidden = new Hidden(Set.of(), Set.of(), Set.of(), null, null);

    /** Where a store's filter is kept, whether or not TDB2 is asked to call it. */
    static final Symbol VIEW = Symbol.create("https://w3id.org/policykg/correctionView");

    /**
     * A new corrected-view filter for a store just opened: TDB2 keeps a store's dataset, and its context, for the life
     * of the JVM, so a filter left by an earlier use of the same folder must not carry over.
     */
    static void install(KgStore store) {
        Context context = store.dataset().getContext();
        context.set(VIEW, new ViewFilter());
        context.remove(SystemTDB.symTupleFilter);
        FilteredPaths.install(context);
    }

    /** The store's filter, installed on first use. */
    static ViewFilter of(KgStore store) {
        Context context = store.dataset().getContext();
        synchronized (context) {
            if (!(context.get(VIEW) instanceof ViewFilter)) {
                context.set(VIEW, new ViewFilter());
            }
            return (ViewFilter) context.get(VIEW);
        }
    }

    /**
     * Lets TDB2 call the filter only while there is something to hide: a store without corrections pays nothing per
     * quad read.
     */
    void activate(KgStore store, boolean corrections) {
        Context context = store.dataset().getContext();
        if (corrections || !hidden.subjects().isEmpty()) {
            context.set(SystemTDB.symTupleFilter, this);
        } else {
            context.remove(SystemTDB.symTupleFilter);
        }
    }

    /** Shows the facts as the parser read them: no correction graphs. */
    void showExtracted() {
        extracted = true;
    }

    boolean extracted() {
        return extracted || EXTRACTED_THREADS.get() > 0 && EXTRACTED_HERE.get();
    }

    /** Runs {@code work} with this thread's queries in the extracted view. */
    static <T> T extractedWhile(java.util.function.Supplier<T> work) {
        if (EXTRACTED_HERE.get()) {
            return work.get();
        }
        EXTRACTED_HERE.set(true);
        EXTRACTED_THREADS.incrementAndGet();
        try {
            return work.get();
        } finally {
            EXTRACTED_THREADS.decrementAndGet();
            EXTRACTED_HERE.remove();
        }
    }

    /** Hides these quads of the extracted graphs from now on (call within a read transaction). */
    void hide(DatasetGraph dsg, List<Quad> quads) {
        Set<NodeId> subjects = new java.util.HashSet<>();
        Set<List<NodeId>> ids = new java.util.HashSet<>();
        Set<List<NodeId>> literals = new java.util.HashSet<>();
        for (Quad q : quads) {
            List<NodeId> id = List.of(id(dsg, q.getGraph()), id(dsg, q.getSubject()), id(dsg, q.getPredicate()));
            subjects.add(id.get(1));
            if (q.getObject().isLiteral()) {
                literals.add(id);
            } else {
                ids.add(List.of(id.get(0), id.get(1), id.get(2), id(dsg, q.getObject())));
            }
        }
        hidden = new Hidden(Set.copyOf(subjects), Set.copyOf(ids), Set.copyOf(literals), id(dsg, NodeFactory.createURI(CORR.GRAPH)),
                id(dsg, NodeFactory.createURI(CORR.APPLIED_GRAPH)));
    }

    @Override
    public boolean test(Tuple<NodeId> t) {
        if (t.len() != 4) {
            return true;
        }
        Hidden h = hidden;
        if (extracted()) {
            return !t.get(0).equals(h.corrections()) && !t.get(0).equals(h.applied());
        }
        return !h.subjects().contains(t.get(1)) || !h.quads().contains(List.of(t.get(0), t.get(1), t.get(2), t.get(3)))
                && !h.literals().contains(List.of(t.get(0), t.get(1), t.get(2)));
    }

    private static NodeId id(DatasetGraph dsg, Node n) {
        return TDBInternal.getNodeId(dsg, n);
    }
}
