package org.policykg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/**
 * The TDB2 store: one named graph per document, the ontology and reference data in graphs of their own,
 * and the default graph as the union of all of them. Every change is one write transaction, so a reader
 * never sees a document half-replaced. Beside the TDB2 files, {@link ClauseIndex} keeps the full-text index of the
 * documents' text, written in the same transactions (built on opening a store that has none yet), and opened only when
 * a search or a write needs it.
 */
public final class KgStore implements AutoCloseable {

    private static final String MEMORY = "(memory)";

    private final Dataset dataset;
    private final String location;
    private final ClauseIndex text;
    private final List<StoreListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    private KgStore(Dataset dataset, String location, ClauseIndex text) {
        this.dataset = dataset;
        this.location = location;
        this.text = text;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        text.attach(dataset);
        // the store is asked first: an index lookup, where the text index's files are read only for a store with text
        if (Txn.calculateRead(dataset, () -> hasSubdivisions(dataset.asDatasetGraph())) && text.isEmpty()) {
            Txn.executeWrite(dataset, () -> text.build(dataset.asDatasetGraph()));
        }
    }

    private static boolean hasSubdivisions(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, PKG.path.asNode(), Node.ANY).hasNext();
    }

    public static KgStore open(Path dir) {
        return new KgStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString())), dir.toString(), ClauseIndex.open(dir));
    }

    /** An in-memory TDB2 store, for tests and benchmarks. */
    public static KgStore inMemory() {
        return new KgStore(DatasetFactory.wrap(DatabaseMgr.createDatasetGraph()), MEMORY, ClauseIndex.inMemory());
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Tells {@code listener} that the store is open now, and about every later write of documents. */
    public void listen(StoreListener listener) {
        listeners.add(listener);
        listener.opened(this);
    }

    public String location() {
        return location;
    }

    /** The store's folder; empty for an in-memory store. */
    public java.util.Optional<Path> folder() {
        return MEMORY.equals(location) ? java.util.Optional.empty() : java.util.Optional.of(Path.of(location));
    }

    /** Replaces a document's graph, and any earlier graph ingested from the same file (by path, not by name). */
    public void replace(MappedDocument doc) {
        replaceAll(List.of(doc));
    }

    /**
     * Replaces several documents in one write transaction, each as {@link #replace} would, in order (a later
     * document with the same graph wins). TDB2 copies every index block a commit touches, so one commit for many
     * documents keeps the store far smaller and the load faster than a commit per document.
     */
    public void replaceAll(List<MappedDocument> docs) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (MappedDocument doc : docs) {
                Node graph = NodeFactory.createURI(doc.graphIri());
                for (Node g : graphsOfSource(dsg, doc)) {
                    dsg.removeGraph(g);
                    text.remove(g);
                }
                dsg.removeGraph(graph);
                text.remove(graph);
                doc.model().getGraph().find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
                text.add(graph, doc.model().getGraph());
            }
        });
        Set<String> written = new HashSet<>();
        docs.forEach(d -> written.add(d.documentIri()));
        listeners.forEach(l -> l.replaced(this, written));
    }

    /**
     * The graphs {@link #replaceAll} removes to store this document (its own and any earlier one from the same file),
     * so that data derived from them can be dropped in the same transaction. Call inside a transaction.
     */
    public List<String> graphsReplacedBy(MappedDocument doc) {
        List<Node> graphs = graphsOfSource(dataset.asDatasetGraph(), doc);
        Node own = NodeFactory.createURI(doc.graphIri());
        if (!graphs.contains(own)) {
            graphs.add(own);
        }
        return graphs.stream().map(Node::getURI).toList();
    }

    /**
     * Rewrites an on-disk store into a fresh generation holding only live data, and deletes the old one. Every
     * commit leaves copied index blocks behind, so this shrinks a store after large or repeated ingests; it needs
     * no other transaction to be running. An in-memory store is left as it is.
     */
    public void compact() {
        if (!MEMORY.equals(location)) {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        }
    }

    /** Indexes the text of every graph, in one write: for a store written around {@link #replaceAll} (the bulk loader). */
    public void reindexText() {
        Txn.executeWrite(dataset, () -> text.build(dataset.asDatasetGraph()));
    }

    public void replaceGraph(String graphIri, Model model) {
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(graphIri);
            dataset.addNamedModel(graphIri, model);
        });
    }

    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    /**
     * Graphs holding a document from this file: direct index lookups, since this runs for every document written.
     * A graph stored before documents kept their path (no pkg:sourcePath) is matched by file name, as it was then.
     */
    private static List<Node> graphsOfSource(DatasetGraph dsg, MappedDocument doc) {
        List<Node> graphs = new ArrayList<>();
        documentGraphs(dsg, PKG.sourcePath.asNode(), doc.sourcePath(), graphs, false);
        documentGraphs(dsg, PKG.sourceFile.asNode(), doc.sourceFile(), graphs, true);
        return graphs;
    }

    private static void documentGraphs(DatasetGraph dsg, Node property, String value, List<Node> graphs, boolean pathless) {
        Node type = RDF.type.asNode();
        Node document = PKG.PolicyDocument.asNode();
        Node path = PKG.sourcePath.asNode();
        dsg.find(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(value)).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (!q.isDefaultGraph() && !graphs.contains(g) && dsg.contains(g, q.getSubject(), type, document)
                    && !(pathless && dsg.contains(g, q.getSubject(), path, Node.ANY))) {
                graphs.add(g);
            }
        });
    }

    /** The path of the file the document stored in a graph came from, if the graph holds one. */
    public java.util.Optional<String> sourcePathOf(String graphIri) {
        return read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g = NodeFactory.createURI(graphIri);
            var it = dsg.find(g, Node.ANY, PKG.sourcePath.asNode(), Node.ANY);
            return it.hasNext() ? java.util.Optional.of(it.next().getObject().getLiteralLexicalForm()) : java.util.Optional.<String>empty();
        });
    }

    /** The number of documents in the store: an index lookup of the typed subjects across all graphs. */
    public long documentCount() {
        return read(ds -> {
            Set<Node> documents = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(), PKG.PolicyDocument.asNode())
                    .forEachRemaining(q -> documents.add(q.getSubject()));
            return (long) documents.size();
        });
    }

    /** Whether the full-text index was opened in this process: only a search or a write of text opens it. */
    boolean textIndexOpen() {
        return text.isOpen();
    }

    @Override
    public void close() {
        text.detach(dataset);
        dataset.close();
        text.close();
    }
}
