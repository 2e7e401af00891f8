package org.policykg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.ingest.IngestListener;
import org.policykg.ingest.IngestReport;
import org.policykg.ingest.IngestService;
import org.policykg.query.QueryCatalog;
import org.policykg.query.QueryRunner;
import org.policykg.read.DocumentReader;
import org.policykg.store.KgStore;

/**
 * All measurements at one corpus size, in an order that keeps them apart: ingest first (its memory peak
 * is reset at the start), then queries on the store just built and extraction; then the start-up of a
 * server process on that store once this process has let go of it; last, with that store deleted, loading.
 */
final class SizeRun {

    /** Settings shared by every size. */
    record Settings(long seed, int threads, int runs, int warmUp, double queryBudget, double minSeconds, Path jar) {}

    private final Settings settings;
    private final PrintWriter log;

    SizeRun(Settings settings, PrintWriter log) {
        this.settings = settings;
        this.log = log;
    }

    SizeResult run(int docs, Path givenCorpus, Path work) throws IOException, InterruptedException, ExecutionException {
        Files.createDirectories(work);
        Path corpus = givenCorpus;
        if (corpus == null) {
            corpus = work.resolve("corpus");
            step(docs, "generating the corpus");
            new CorpusGenerator().generate(docs, settings.seed(), corpus);
        }
        List<Path> files = documents(corpus);
        DocumentReader reader = new DocumentReader();
        long chars = 0;
        for (Path f : files) {
            chars += reader.read(f).text().length();
        }
        Path store = work.resolve("tdb2");
        SizeResult.Ingest ingest;
        List<QueryBench.Timing> queries;
        ExtractionBench.Result extraction;
        DocumentPipeline pipeline;
        try (BenchContext ctx = new BenchContext(store)) {
            step(files.size(), "ingest");
            try (MemoryProbe probe = new MemoryProbe()) {
                IngestReport r = ctx.bean(IngestService.class).ingest(List.of(corpus), progress());
                ingest = new SizeResult.Ingest(r.documents(), r.triples(), r.errors().size(), r.millis() / 1000.0, probe.peak(),
                        bytes(store));
            }
            step(files.size(), "query latency");
            queries = new QueryBench(ctx.bean(QueryCatalog.class).all(), ctx.bean(QueryRunner.class),
                    new ParamSampler(ctx.bean(KgStore.class)), settings.runs(), settings.warmUp(), settings.queryBudget()).run();
            step(files.size(), "extraction throughput");
            pipeline = ctx.bean(DocumentPipeline.class);
            extraction = new ExtractionBench(pipeline, new StageTimer(pipeline), files, chars,
                    settings.minSeconds()).run(settings.threads());
        }
        step(files.size(), "serve start-up");
        StartupBench.Result startup = new StartupBench().run(settings.jar(), store, work.resolve("serve.log"));
        // the pipeline is stateless and outlives its context; dropping the big store first spares the load
        // measurement from competing with its pages
        deleteTree(store);
        step(files.size(), "load throughput");
        LoadBench.Result load = new LoadBench(pipeline, files, settings.threads()).run(work);
        return new SizeResult(files.size(), chars, ingest, extraction, load, queries, startup);
    }

    /** A line every tenth of a long ingest, so a run of hours shows it is alive. */
    private IngestListener progress() {
        return new IngestListener() {
            @Override
            public void stored(int done, int files, String file) {
                if (files >= 1000 && done % (files / 10) == 0) {
                    log.printf(Locale.ROOT, "  %,d of %,d stored%n", done, files);
                    log.flush();
                }
            }
        };
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** The bytes of all files under a folder, as TDB2 allocates them. */
    static long bytes(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            long sum = 0;
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                sum += Files.size(p);
            }
            return sum;
        }
    }

    private void step(int docs, String what) {
        log.printf(Locale.ROOT, "[%,d documents] %s%n", docs, what);
        log.flush();
    }

    static List<Path> documents(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return DocumentReader.EXTENSIONS.stream().anyMatch(e -> n.endsWith("." + e));
            }).sorted().toList();
        }
    }
}
