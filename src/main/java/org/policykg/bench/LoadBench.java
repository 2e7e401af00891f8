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
import org.policykg.ingest.BulkLoad;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.WriteBudget;
import org.policykg.rdf.MappedDocument;
import org.policykg.store.KgStore;

/**
 * Load throughput into a fresh TDB2 store: {@link KgStore#replaceAll} in batches of the size ingest writes
 * ({@link WriteBudget#DEFAULT}) against Jena's own bulk loader (LoaderFactory's default, the phased loader that
 * tdb2.tdbloader uses) on the very same quads written as N-Quads, and that loader fed the same documents as
 * {@code ingest --bulk} feeds it ({@link BulkLoad}, extraction excluded). Only the replaceAll calls are timed: documents
 * are extracted in parallel first, so no extraction competes for the cores. The loader's time includes parsing the file. Both are warmed up on
 * the first documents, loaded into throw-away stores; each store is measured on disk and deleted before
 * the next one is written, so they do not compete for the page cache.
 */
final class LoadBench {

    /**
     * Also the size on disk of each store afterwards: every transaction TDB2 commits grows its files. The bulk figures
     * ({@code ingest --bulk}'s {@link BulkLoad} fed the same documents) are NaN and 0 above {@link #BULK_MAX} documents.
     */
    record Result(long triples, double storeSeconds, double loaderSeconds, long loaderQuads, long storeBytes, long loaderBytes,
                  double bulkSeconds, long bulkBytes) {

        double storeTriplesPerSecond() {
            return triples / storeSeconds;
        }

        double loaderTriplesPerSecond() {
            return loaderQuads / loaderSeconds;
        }

        double ratio() {
            return storeTriplesPerSecond() / loaderTriplesPerSecond();
        }

        double bulkTriplesPerSecond() {
            return triples / bulkSeconds;
        }

        double bulkRatio() {
            return bulkTriplesPerSecond() / loaderTriplesPerSecond();
        }

        /** The contenders as a Markdown table. */
        String table() {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("KgStore.replaceAll (one transaction per batch)", Fmt.count(triples), Fmt.seconds(storeSeconds),
                    Fmt.si(storeTriplesPerSecond()), Fmt.bytes(storeBytes)));
            if (!Double.isNaN(bulkSeconds)) {
                rows.add(List.of("ingest --bulk's loading (BulkLoad fed the extracted documents)", Fmt.count(triples),
                        Fmt.seconds(bulkSeconds), Fmt.si(bulkTriplesPerSecond()), Fmt.bytes(bulkBytes)));
            }
            rows.add(List.of("Jena phased loader on the same N-Quads (baseline)", Fmt.count(loaderQuads), Fmt.seconds(loaderSeconds),
                    Fmt.si(loaderTriplesPerSecond()), Fmt.bytes(loaderBytes)));
            return Fmt.table(List.of("loader", "triples", "time", "triples/s", "store on disk"), rows);
        }
    }

    private static final int WARM_UP_DOCS = 50;
    /** The bulk contender is fed documents extracted beforehand and held in memory (about 1 GB per 1,000): up to this many. */
    static final int BULK_MAX = 2_000;

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
        Path warmDir = work.resolve("tdb2-warm");
        List<MappedDocument> warmDocs = new ArrayList<>();
        replace(files.subList(0, Math.min(WARM_UP_DOCS, files.size())), warmDir, warm, warmDocs);
        SizeRun.deleteTree(warmDir);
        bulkLoad(warmDocs, warmDir);
        SizeRun.deleteTree(warmDir);
        bulkLoad(warm, warmDir);
        SizeRun.deleteTree(warmDir);
        Path nquads = work.resolve("load.nq");
        Path dir = work.resolve("tdb2-load");
        List<MappedDocument> docs = files.size() <= BULK_MAX ? new ArrayList<>() : null;
        long[] stored = replace(files, dir, nquads, docs);
        long storeBytes = SizeRun.bytes(dir);
        SizeRun.deleteTree(dir);
        double bulkSeconds = Double.NaN;
        long bulkBytes = 0;
        if (docs != null) {
            bulkSeconds = bulkLoad(docs, dir) / 1e9;
            docs.clear();
            bulkBytes = SizeRun.bytes(dir);
            SizeRun.deleteTree(dir);
        }
        long[] loaded = bulkLoad(nquads, dir);
        long loaderBytes = SizeRun.bytes(dir);
        SizeRun.deleteTree(dir);
        Files.delete(warm);
        Files.delete(nquads);
        return new Result(stored[0], stored[1] / 1e9, loaded[1] / 1e9, loaded[0], storeBytes, loaderBytes, bulkSeconds, bulkBytes);
    }

    /** {@code ingest --bulk}'s loading alone: the documents, already extracted, through {@link BulkLoad}; returns nanoseconds. */
    private static long bulkLoad(List<MappedDocument> docs, Path dir) {
        KgStore store = KgStore.open(dir);
        try {
            long t0 = System.nanoTime();
            BulkLoad load = new BulkLoad(store);
            load.start();
            docs.forEach(load::add);
            load.finish();
            return System.nanoTime() - t0;
        } finally {
            TDBInternal.expel(store.dataset().asDatasetGraph());
        }
    }

    /**
     * Writes the documents into a fresh store in ingest's batches and writes their quads, keeping the documents in
     * {@code kept} unless it is null; returns {triples, nanoseconds in replaceAll}.
     */
    private long[] replace(List<Path> docs, Path dir, Path nquads, List<MappedDocument> kept) throws IOException, InterruptedException, ExecutionException {
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
                    if (kept != null) {
                        kept.add(doc);
                    }
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
