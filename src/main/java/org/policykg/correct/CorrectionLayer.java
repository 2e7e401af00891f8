package org.policykg.correct;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policykg.rdf.CORR;
import org.policykg.store.KgStore;
import org.policykg.store.StoreListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the corrected view of a store current: on opening it hides what the applied corrections replace, and after
 * every write of documents (any ingest) and every change of the corrections it places each correction anew on the
 * stored documents and rebuilds the applied graph. Needs nothing but the store it is told about, so the store can
 * call it while it is being made.
 */
@Component
public class CorrectionLayer implements StoreListener {

    /** Made on the first re-placing: the aligner loads the gazetteer, which a store without corrections never needs. */
    private Anchoring anchoring;

    @Override
    public void opened(KgStore store) {
        ViewFilter.install(store);
        refreshFilter(store);
    }

    @Override
    public void replaced(KgStore store, Set<String> documents) {
        boolean any = store.read(ds -> hasAny(ds.asDatasetGraph(), CORR.GRAPH) || hasAny(ds.asDatasetGraph(), CORR.APPLIED_GRAPH));
        if (any) {
            reapply(store);
        }
    }

    /** Shows the parser's view in this process: what the --as-extracted switch does. */
    public void showExtracted(KgStore store) {
        ViewFilter.of(store).showExtracted();
        refreshFilter(store);
    }

    public boolean extracted(KgStore store) {
        return ViewFilter.of(store).extracted();
    }

    /**
     * The union of the store's graphs as a Model, in the view queries have now (corrected, or extracted): for code that
     * reads facts through the Model API rather than SPARQL. Call within a read transaction.
     */
    public org.apache.jena.rdf.model.Model union(KgStore store) {
        return org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                ViewGraph.of(store.dataset().asDatasetGraph(), extracted(store)));
    }

    /** Runs {@code work} with the queries of this thread in the parser's view: one request's asExtracted parameter. */
    public static <T> T asExtracted(java.util.function.Supplier<T> work) {
        return ViewFilter.extractedWhile(work);
    }

    /** Places every correction on the stored documents and rewrites the applied graph, in one write transaction. */
    synchronized void reapply(KgStore store) {
        Txn.executeWrite(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            Model applied = Applier.applied(dsg, placer(store, c -> true).placements());
            store.dataset().removeNamedModel(CORR.APPLIED_GRAPH);
            if (!applied.isEmpty()) {
                store.dataset().addNamedModel(CORR.APPLIED_GRAPH, applied);
            }
        });
        refreshFilter(store);
    }

    /**
     * What a new correction of {@code subject} can name in {@code doc}: the stored facts, and for obligations also the
     * ones people added.
     */
    synchronized List<Target> targets(KgStore store, String doc, Field.Subject subject) {
        return store.read(ds -> placer(store, c -> c.field().subject() == Field.Subject.CLAUSE && c.doc().equals(doc))
                .targets(doc, subject));
    }

    /** The corrections {@code which} selects placed on the store as it is now (call within a transaction). */
    private Placer placer(KgStore store, java.util.function.Predicate<Correction> which) {
        if (anchoring == null) {
            anchoring = Anchoring.standard();
        }
        return Placer.place(store.dataset().asDatasetGraph(), anchoring,
                CorrectionRecords.read(store.dataset().getNamedModel(CORR.GRAPH)).stream().filter(which).toList());
    }

    private static void refreshFilter(KgStore store) {
        ViewFilter filter = ViewFilter.of(store);
        boolean corrections = store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            filter.hide(dsg, HiddenFacts.of(dsg));
            return hasAny(dsg, CORR.GRAPH) || hasAny(dsg, CORR.APPLIED_GRAPH);
        });
        filter.activate(store, corrections);
    }

    private static boolean hasAny(DatasetGraph dsg, String graph) {
        Node g = NodeFactory.createURI(graph);
        return dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }
}
