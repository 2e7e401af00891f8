package org.policykg.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;

/**
 * One run of Jena's own bulk loader (LoaderFactory's default: the phased loader of tdb2.tdbloader) fed documents'
 * quads instead of a parsed file. Between {@link #start} and {@link #finish} the loader holds the store's only write
 * transaction; {@link #abort} rolls it back.
 */
public final class BulkLoad {

    private final DataLoader loader;
    private StreamRDF quads;

    public BulkLoad(KgStore store) {
        this.loader = LoaderFactory.createLoader(store.dataset().asDatasetGraph(), (fmt, args) -> { });
    }

    public void start() {
        loader.startBulk();
        quads = loader.stream();
        quads.start();
    }

    /** Adds the document's triples to its named graph. */
    public void add(MappedDocument doc) {
        Node graph = NodeFactory.createURI(doc.graphIri());
        doc.model().getGraph().find().forEachRemaining(t -> quads.quad(Quad.create(graph, t)));
    }

    public void finish() {
        quads.finish();
        loader.finishBulk();
    }

    public void abort(Exception cause) {
        loader.finishException(cause);
    }
}
