package org.policykg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.WriteBudget;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;

/**
 * Load throughput into a fresh TDB2 store: {@link KgStore#replaceAll} in batches of the size ingest writes
 * ({@link WriteBudget#DEFAULT}) against Jena's own bulk loader (LoaderFactory's default, the phased loader that
 * tdb2.tdbloader uses) on the very same quads written as N-Quads. Only the replaceAll calls are timed: documents
 * are extracted in parallel first, so no extraction competes for the cores. The loader's time includes parsing the file. Both are warmed up on
 * the first documents, loaded into throw-away stores; each store is measured on disk and deleted before
 * the next one is written, so they do not compete for the page cache.
 */
final class LoadBench {

    /** Also the size on disk of each store afterwards: every transaction TDB2 commits grows its files. */
    record Result(long triples, double storeSeconds, double loaderSeconds, long loaderQuads, long storeBytes, long loaderBytes) {

        double storeTriplesPerSecond() {
            return triples / storeSeconds;
        }

        double loaderTriplesPerSecond() {
            return loaderQuads / loaderSeconds;
        }

        double ratio() {
            return storeTriplesPerSecond() / loaderTriplesPerSecond();
        }
    }

    private static final int WARM_UP_DOCS = 50;

    private final DocumentPipeline pipeline;
    private final List<Path> files;
    private final int threads;

    LoadBench(DocumentPipeline pipeline, List<Path> files, int threads) {
        this.pipeline = pipeline;
        this.files = files;
        this.threads = threads;
    }

    Result run(Path work) throws IOException, InterruptedException, ExecutionException {
        Path warm = work.resolve("warm-up.nq");
        replace(files.subList(0, Math.min(WARM_UP_DOCS, files.size())), work.resolve("tdb2-warm"), warm);
        SizeRun.deleteTree(work.resolve("tdb2-warm"));
        bulkLoad(warm, work.resolve("tdb2-warm"));
        SizeRun.deleteTree(work.resolve("tdb2-warm"));
        Path nquads = work.resolve("load.nq");
        Path dir = work.resolve("tdb2-load");
        long[] stored = replace(files, dir, nquads);
        long storeBytes = SizeRun.bytes(dir);
        SizeRun.deleteTree(dir);
        long[] loaded = bulkLoad(nquads, dir);
        long loaderBytes = SizeRun.bytes(dir);
        SizeRun.deleteTree(dir);
        Files.delete(warm);
        Files.delete(nquads);
        return new Result(stored[0], stored[1] / 1e9, loaded[1] / 1e9, loaded[0], storeBytes, loaderBytes);
    }

    /** Writes the documents into a fresh store in ingest's batches and writes their quads; returns {triples, nanoseconds in replaceAll}. */
    private long[] replace(List<Path> docs, Path dir, Path nquads) throws IOException, InterruptedException, ExecutionException {
        long triples = 0;
        long nanos = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        KgStore store = KgStore.open(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            writer.start();
            int batchSize = threads * 4;
            List<MappedDocument> pending = new ArrayList<>();
            long pendingTriples = 0;
            for (int from = 0; from < docs.size(); from += batchSize) {
                List<Future<MappedDocument>> jobs = new ArrayList<>();
                for (Path f : docs.subList(from, Math.min(docs.size(), from + batchSize))) {
                    jobs.add(pool.submit(() -> pipeline.extract(f)));
                }
                for (Future<MappedDocument> job : jobs) {
                    MappedDocument doc = job.get();
                    pending.add(doc);
                    pendingTriples += doc.triples();
                    Node graph = NodeFactory.createURI(doc.graphIri());
                    doc.model().getGraph().find().forEachRemaining(t -> writer.quad(Quad.create(graph, t)));
                }
                if (WriteBudget.DEFAULT.reached(pending.size(), pendingTriples) || from + batchSize >= docs.size()) {
                    long t0 = System.nanoTime();
                    store.replaceAll(pending);
                    nanos += System.nanoTime() - t0;
                    triples += pendingTriples;
                    pending.clear();
                    pendingTriples = 0;
                }
            }
            writer.finish();
        } finally {
            pool.shutdownNow();
            // expel closes the store and releases its folder for good, unlike close() on a cached connection
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
        return new long[] {triples, nanos};
    }

    /** Loads the file with Jena's default bulk loader into a fresh store; returns {quads, nanoseconds}. */
    private static long[] bulkLoad(Path nquads, Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
            long t0 = System.nanoTime();
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            return new long[] {loader.countQuads(), System.nanoTime() - t0};
        } finally {
            TDBInternal.expel(dsg);
        }
    }
}
