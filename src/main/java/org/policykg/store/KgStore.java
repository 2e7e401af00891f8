package org.policykg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.policykg.rdf.MappedDocument;
import org.policykg.rdf.PKG;

/**
 * The TDB2 store: one named graph per document, the ontology and reference data in graphs of their own,
 * and the default graph as the union of all of them. Every change is one write transaction, so a reader
 * never sees a document half-replaced.
 */
public final class KgStore implements AutoCloseable {

    private final Dataset dataset;
    private final String location;

    private KgStore(Dataset dataset, String location) {
        this.dataset = dataset;
        this.location = location;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    public static KgStore open(Path dir) {
        return new KgStore(DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(dir.toString())), dir.toString());
    }

    /** An in-memory TDB2 store, for tests and benchmarks. */
    public static KgStore inMemory() {
        return new KgStore(DatasetFactory.wrap(DatabaseMgr.createDatasetGraph()), "(memory)");
    }

    public Dataset dataset() {
        return dataset;
    }

    public String location() {
        return location;
    }

    /** Replaces a document's graph, and any earlier graph ingested from the same source file. */
    public void replace(MappedDocument doc) {
        Txn.executeWrite(dataset, () -> {
            for (String g : graphsOfSource(doc.sourceFile())) {
                dataset.removeNamedModel(g);
            }
            dataset.removeNamedModel(doc.graphIri());
            dataset.addNamedModel(doc.graphIri(), doc.model());
        });
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

    private List<String> graphsOfSource(String sourceFile) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a ?type ; ?sourceProp ?file } }");
        q.setIri("type", PKG.PolicyDocument.getURI());
        q.setIri("sourceProp", PKG.sourceFile.getURI());
        q.setLiteral("file", sourceFile);
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(q.asQuery()).build()) {
            List<String> graphs = new ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> graphs.add(s.getResource("g").getURI()));
            return graphs;
        }
    }

    /** The number of documents in the store. */
    public long documentCount() {
        return read(ds -> {
            ParameterizedSparqlString q = new ParameterizedSparqlString("SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ?type }");
            q.setIri("type", PKG.PolicyDocument.getURI());
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.asQuery()).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }


    @Override
    public void close() {
        dataset.close();
    }
}
