package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexDB;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policykg.rdf.PKG;

/**
 * The jena-text Lucene index over the text (rdf:value) of every document's subdivisions, segmented by Lucene's
 * Chinese analyzer (smartcn). It is a component of the TDB2 store's transactions, so it commits and aborts with each
 * write; {@link KgStore} writes to it in the same transaction as the graph it indexes. The dataset's context names
 * it, so that {@code text:query} works in every SPARQL query over the store, the endpoint's included.
 */
final class ClauseIndex implements AutoCloseable {

    /** The index's folder inside the store folder. */
    static final String FOLDER = "text-index";
    private static final String GRAPH_FIELD = "graph";
    /** Its id among the store's transaction components. */
    private static final byte[] COMPONENT = {'p', 'k', 'g', 't'};

    private final Directory directory;
    private final LazyTextIndex index;
    private final EntityDefinition entities;
    private final TextIndexDB component;

    private ClauseIndex(Directory directory) {
        this.directory = directory;
        entities = new EntityDefinition("uri", "text", GRAPH_FIELD, RDF.value.asNode());
        // where a text's language tag is kept, if it has one (ours have none); without it jena-text warns on every opening
        entities.setLangField("lang");
        index = new LazyTextIndex(() -> {
            TextIndexConfig config = new TextIndexConfig(entities);
            config.setAnalyzer(new SmartChineseAnalyzer());
            // stored, so that text:query can answer the text and highlighted snippets of it
            config.setValueStored(true);
            return new TextIndexLucene(directory, config);
        }, entities);
        component = new TextIndexDB(ComponentId.create(null, COMPONENT), index);
    }

    static ClauseIndex open(Path storeDir) {
        try {
            return new ClauseIndex(FSDirectory.open(storeDir.resolve(FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ClauseIndex inMemory() {
        return new ClauseIndex(new ByteBuffersDirectory());
    }

    /** Joins the store's transactions (again after compaction, which starts a new coordinator) and its query context. */
    void attach(Dataset dataset) {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset.asDatasetGraph());
        coordinator.modifyConfig(() -> coordinator.addExternal(component));
        dataset.getContext().set(TextQuery.textIndex, index);
    }

    /** Leaves the store's transactions: TDB2 keeps a store it has opened, coordinator and all, for the next opening. */
    void detach(Dataset dataset) {
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(dataset.asDatasetGraph());
        coordinator.modifyConfig(() -> coordinator.removeExternal(component));
        dataset.getContext().remove(TextQuery.textIndex);
    }

    /** Drops the entries of a graph; inside a write transaction. */
    void remove(Node graph) {
        try {
            index.lucene().getIndexWriter().deleteDocuments(new Term(GRAPH_FIELD, TextQueryFuncs.graphNodeToString(graph)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes the text of the graph's subdivisions (the nodes with a pkg:path), not the obligations' text again, which
     * their clauses hold; inside a write transaction.
     */
    void add(Node graphName, Graph graph) {
        graph.find(Node.ANY, RDF.value.asNode(), Node.ANY).forEachRemaining(t -> {
            if (graph.contains(t.getSubject(), PKG.path.asNode(), Node.ANY)) {
                Entity e = TextQueryFuncs.entityFromQuad(entities, graphName, t.getSubject(), t.getPredicate(), t.getObject());
                if (e != null) {
                    index.addEntity(e);
                }
            }
        });
    }

    /**
     * Whether the index holds nothing yet (a new index beside an older store is built from it). Told from the names of
     * its files, without reading them with Lucene: a segment's info file (.si) exists only while the segment holds
     * documents, since Lucene drops a segment emptied by deletions when it commits.
     */
    boolean isEmpty() {
        try {
            return Arrays.stream(directory.listAll()).noneMatch(f -> f.endsWith(".si"));
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index was opened in this process (for search, or to be written). */
    boolean isOpen() {
        return index.isOpen();
    }

    /** Indexes every named graph of the store; inside a write transaction. */
    void build(DatasetGraph dsg) {
        dsg.listGraphNodes().forEachRemaining(g -> add(g, dsg.getGraph(g)));
    }

    @Override
    public void close() {
        index.close();
    }
}
