package org.policykg;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryFixtures;
import org.policykg.query.QueryRunner;
import org.policykg.rdf.PKG;
import org.policykg.store.KgStore;

/**
 * The sample corpus ingested once per test JVM into an in-memory store, with the ontology (level notations) and
 * the SKOS schemes (aspect labels) beside it as the application installs them, for tests that read the graph. Read only: tests must not change it.
 */
public final class CorpusGraph {

    private static KgStore store;
    private static final QueryCatalog CATALOG = new QueryCatalog();

    private CorpusGraph() {
    }

    public static synchronized KgStore store() {
        if (store == null) {
            store = of(Samples.CORPUS);
        }
        return store;
    }

    /** A new in-memory store of the documents of a folder, with the ontology and schemes as the samples have them. */
    public static KgStore of(java.nio.file.Path folder) {
        KgStore s = KgStore.inMemory();
        IngestReport r = new IngestService(Samples.pipeline(), s).ingest(List.of(folder), IngestListener.NONE);
        if (!r.ok()) {
            throw new IllegalStateException(folder + " failed to ingest: " + r.errors());
        }
        s.replaceGraph(PKG.ONTOLOGY_GRAPH, turtle("ontology/policykg.ttl"));
        s.replaceGraph(PKG.GRAPH + "schemes", turtle("ontology/schemes.ttl"));
        return s;
    }

    public static QueryCatalog catalog() {
        return CATALOG;
    }

    public static QueryRunner runner() {
        return QueryFixtures.runner(store(), CATALOG);
    }

    private static Model turtle(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = CorpusGraph.class.getClassLoader().getResourceAsStream(resource)) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
