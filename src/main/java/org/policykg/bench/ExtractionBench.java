package org.policykg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToLongFunction;
import org.policykg.ingest.DocumentPipeline;
import org.policykg.read.DocumentReader;

/**
 * Extraction throughput of {@link DocumentPipeline#extract} against the baseline, HanLP's standard
 * segmenter alone, over the same files in the same JVM, on one thread and on all cores. Both sides read
 * and decode each file, so the ratio compares the work done on the text. Warm-up and every measurement
 * repeat passes until they have run for the minimum time, so the JIT has settled.
 */
final class ExtractionBench {

    record Result(List<Throughput> rows, List<StageTimer.Stage> stages) {

        Throughput get(String what, int threads) {
            return rows.stream().filter(t -> t.what().equals(what) && t.threads() == threads).findFirst().orElseThrow();
        }

        double ratio(int threads) {
            return get(PIPELINE, threads).charsPerSecond() / get(SEGMENTER, threads).charsPerSecond();
        }
    }

    static final String PIPELINE = "pipeline";
    static final String SEGMENTER = "segmenter";
    private static final int WARM_UP_DOCS = 100;

    private final DocumentPipeline pipeline;
    private final StageTimer stages;
    private final List<Path> files;
    private final long chars;
    private final double minSeconds;
    private final ThreadLocal<Segment> segmenter = ThreadLocal.withInitial(HanLP::newSegment);
    private final DocumentReader reader = new DocumentReader();

    ExtractionBench(DocumentPipeline pipeline, StageTimer stages, List<Path> files, long chars, double minSeconds) {
        this.pipeline = pipeline;
        this.stages = stages;
        this.files = files;
        this.chars = chars;
        this.minSeconds = minSeconds;
    }

    Result run(int cores) throws InterruptedException, ExecutionException {
        ToLongFunction<Path> extract = f -> pipeline.extract(f).triples();
        ToLongFunction<Path> segment = f -> segmenter.get().seg(reader.read(f).text()).size();
        List<Path> warm = files.subList(0, Math.min(WARM_UP_DOCS, files.size()));
        long start = System.nanoTime();
        LongAdder made = new LongAdder();
        do {
            warm.forEach(f -> made.add(extract.applyAsLong(f) + segment.applyAsLong(f)));
        } while (System.nanoTime() - start < minSeconds * 1e9);
        List<Throughput> rows = new ArrayList<>();
        for (int threads : cores > 1 ? List.of(1, cores) : List.of(1)) {
            rows.add(measure(PIPELINE, threads, extract));
            rows.add(measure(SEGMENTER, threads, segment));
        }
        System.gc();
        return new Result(rows, stages.time(files, minSeconds));
    }

    private Throughput measure(String what, int threads, ToLongFunction<Path> work) throws InterruptedException, ExecutionException {
        System.gc();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        LongAdder made = new LongAdder();
        try {
            long t0 = System.nanoTime();
            int passes = 0;
            do {
                AtomicInteger next = new AtomicInteger();
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    workers.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            made.add(work.applyAsLong(files.get(i)));
                        }
                    }));
                }
                for (Future<?> w : workers) {
                    w.get();
                }
                passes++;
            } while (System.nanoTime() - t0 < minSeconds * 1e9);
            return new Throughput(what, threads, passes, files.size(), chars, (System.nanoTime() - t0) / 1e9, made.sum() / passes);
        } finally {
            pool.shutdownNow();
        }
    }
}
