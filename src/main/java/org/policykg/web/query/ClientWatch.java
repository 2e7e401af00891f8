package org.policykg.web.query;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Notices that the client of a request on the web port has gone while its query runs (issue 14), as
 * sparql/RunningQueries does for the SPARQL endpoint. Tomcat does not read a connection while its request is being
 * handled, so a client that hangs up is only noticed when the answer is written, after the whole query. So the
 * connection of each watched request is read here, without blocking, every {@link #PERIOD_MILLIS} ms: end of stream
 * (or a reset) means the client is gone. A byte that arrives instead (the next request of a pipelining client) is
 * handed back to Tomcat and the connection is no longer watched.
 */
@Component
class ClientWatch implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, AutoCloseable {

    static final long PERIOD_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ClientWatch.class);

    private volatile Connector connector;
    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final AtomicLong gone = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "web-disconnect-watch");
        t.setDaemon(true);
        return t;
    });

    ClientWatch() {
        poller.scheduleWithFixedDelay(() -> watches.forEach(Watch::check), PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setProtocol(WatchableNioProtocol.class.getName());
        factory.addConnectorCustomizers(c -> connector = c);
    }

    /**
     * Runs {@code onGone} once if the client of {@code request} closes its connection before the returned watch is
     * closed. Outside Tomcat (a test's mock request) nothing is watched.
     */
    Watch watch(HttpServletRequest request, Runnable onGone) {
        Connector c = connector;
        SocketWrapperBase<?> socket = c != null && c.getProtocolHandler() instanceof WatchableNioProtocol p
                ? p.connection(request.getRemotePort(), request.getLocalPort()) : null;
        Watch w = new Watch(socket, onGone);
        if (socket != null) {
            watches.add(w);
        }
        return w;
    }

    /** How many requests are watched now, one whose client has gone until its query has stopped. */
    int watching() {
        return watches.size();
    }

    /** How many requests were stopped because their client had gone. */
    long stoppedOnDisconnect() {
        return gone.get();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    /** One watched request. {@code done}: its client has gone, or it is no longer watched. */
    final class Watch implements AutoCloseable {

        private final SocketWrapperBase<?> socket;
        private final Runnable onGone;
        private boolean done;
        private boolean clientGone;

        private Watch(SocketWrapperBase<?> socket, Runnable onGone) {
            this.socket = socket;
            this.onGone = onGone;
        }

        private synchronized void check() {
            if (done) {
                return;
            }
            ByteBuffer probe = ByteBuffer.allocate(1);
            int read;
            try {
                read = socket.isClosed() ? -1 : socket.read(false, probe);
            } catch (IOException e) {
                read = -1;
            }
            if (read > 0) {
                probe.flip();
                socket.unRead(probe);
                done = true;
            } else if (read < 0) {
                done = true;
                clientGone = true;
                gone.incrementAndGet();
                LOG.info("query stopped: its client closed the connection");
                onGone.run();
            }
        }

        /** Whether the client was seen gone (and {@code onGone} run). */
        synchronized boolean clientGone() {
            return clientGone;
        }

        /** Stops watching; once this returns the connection is no longer read here. */
        @Override
        public synchronized void close() {
            done = true;
            watches.remove(this);
        }
    }
}
