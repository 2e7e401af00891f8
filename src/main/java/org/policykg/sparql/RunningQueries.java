package org.policykg.sparql;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The queries the SPARQL endpoint is running, each stopped as soon as its client has gone (issue 14). Jetty does not
 * read a connection while its request is being handled, so a client that hangs up is only noticed when the answer is
 * written, which for a query that aggregates or sorts comes after the whole evaluation. So the connection of each
 * running query is read here, without blocking, every {@link #PERIOD_MILLIS} ms: end of stream (or a reset) means the
 * client is gone, and the query is aborted. The request has been read whole by then; an HTTP/1.1 client sends nothing
 * more before its answer (pipelining, which no current client uses, is the one exception: its next request would be lost).
 */
@Component
public class RunningQueries implements AutoCloseable {

    static final long PERIOD_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RunningQueries.class);

    /** {@code stopped}: aborted, and still running until the evaluation notices. */
    private static final class Watch {
        final QueryExec exec;
        final EndPoint connection;
        boolean stopped;

        Watch(QueryExec exec, EndPoint connection) {
            this.exec = exec;
            this.connection = connection;
        }
    }

    private final Map<Object, Watch> running = new ConcurrentHashMap<>();
    private final AtomicLong cancelled = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sparql-disconnect-watch");
        t.setDaemon(true);
        return t;
    });

    RunningQueries() {
        poller.scheduleWithFixedDelay(this::poll, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Watches {@code connection} while {@code exec} runs for the request {@code key}. */
    void start(Object key, QueryExec exec, EndPoint connection) {
        running.put(key, new Watch(exec, connection));
    }

    /** Stops watching; once this returns the connection is no longer read here. */
    void finish(Object key) {
        Watch w = running.remove(key);
        if (w != null) {
            synchronized (w) {
                // waits for a read of this connection in progress
            }
        }
    }

    /** How many queries are running on the endpoint now, an aborted one until its evaluation has stopped. */
    public int running() {
        return running.size();
    }

    /** How many queries were stopped because their client had gone. */
    public long cancelledOnDisconnect() {
        return cancelled.get();
    }

    private void poll() {
        running.forEach((key, w) -> {
            synchronized (w) {
                if (!w.stopped && running.get(key) == w && gone(w.connection)) {
                    w.stopped = true;
                    w.exec.abort();
                    cancelled.incrementAndGet();
                    LOG.info("query stopped: its client closed the connection");
                }
            }
        });
    }

    private static boolean gone(EndPoint connection) {
        ByteBuffer probe = BufferUtil.allocate(1);
        try {
            return !connection.isOpen() || connection.isInputShutdown() || connection.fill(probe) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
