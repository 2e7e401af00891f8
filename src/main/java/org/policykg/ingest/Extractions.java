package org.policykg.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.policykg.rdf.MappedDocument;

/**
 * Files extracted in parallel, each within a time limit ({@code policykg.ingest.max-file-time}): a file still being
 * extracted when its limit has passed is abandoned with one line naming it and the limit, and the run goes on. Java
 * cannot stop a thread that does not look at its interrupt, so an abandoned extraction may go on in the background: its
 * thread is a daemon (it does not keep a command from exiting) and the pool gets a thread more, so the files behind it
 * still have every core.
 */
final class Extractions implements AutoCloseable {

    /** One file submitted; {@code started} is when its extraction began (0 while it waits for a thread). */
    record Pending(Path file, Future<MappedDocument> result, AtomicLong started) {}

    /** How often a wait looks at the clock while the file has not started yet. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Function<Path, MappedDocument> extract;
    private final Duration limit;
    private final ThreadPoolExecutor pool;

    Extractions(Function<Path, MappedDocument> extract, int threads, Duration limit) {
        this.extract = extract;
        this.limit = limit;
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
    }

    Pending submit(Path file) {
        AtomicLong started = new AtomicLong();
        return new Pending(file, pool.submit(() -> {
            started.set(System.nanoTime());
            return extract.apply(file);
        }), started);
    }

    /**
     * The file's document; {@code stalled} runs once if it is not ready within {@code stallAfter}. A file over its limit
     * ends in an ExecutionException whose cause says so.
     */
    MappedDocument await(Pending p, Duration stallAfter, Runnable stalled) throws InterruptedException, ExecutionException {
        long stallAt = System.nanoTime() + stallAfter.toNanos();
        boolean flushed = false;
        while (true) {
            long now = System.nanoTime();
            long started = p.started().get();
            if (started != 0 && now - started >= limit.toNanos() && abandoned(p)) {
                throw new ExecutionException(new IllegalStateException(String.format(Locale.ROOT, "not read: still being "
                        + "extracted after %s, the limit per file (setting policykg.ingest.max-file-time); abandoned", human(limit))));
            }
            long until = started == 0 ? now + POLL_NANOS : started + limit.toNanos();
            if (!flushed) {
                until = Math.min(until, stallAt);
            }
            try {
                return p.result().get(Math.max(1, until - now), TimeUnit.NANOSECONDS);
            } catch (TimeoutException notYet) {
                if (!flushed && System.nanoTime() >= stallAt) {
                    stalled.run();
                    flushed = true;
                }
            }
        }
    }

    /** Cancels the extraction, false if it finished meanwhile; its thread may run on, so another one joins the pool. */
    private boolean abandoned(Pending p) {
        if (!p.result().cancel(true)) {
            return false;
        }
        synchronized (pool) {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }
        return true;
    }

    private static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
