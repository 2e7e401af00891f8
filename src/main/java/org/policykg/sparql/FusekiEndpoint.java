package org.policykg.sparql;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.ServerConnector;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;
import org.policykg.store.StoreHolder;
import org.policykg.web.guard.SecurityHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Embedded Fuseki serving the store at /{dataset} with /sparql and /query. Read-only unless
 * {@code policykg.fuseki.updates=true}; port 0 picks a free port (tests); it listens on {@code policykg.fuseki.address}
 * (loopback by default). Every query stops at {@code policykg.query.timeout} (a client may ask for less with
 * {@code ?timeout=}, never more), and as soon as its client hangs up ({@link RunningQueries}). While it runs, the store folder records its URL, so that a command on the same
 * store can point there ({@link StoreHolder}).
 */
@Component
@ConditionalOnProperty(prefix = "policykg.fuseki", name = "enabled", havingValue = "true", matchIfMissing = true)
public class FusekiEndpoint implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiEndpoint.class);

    private final KgStore store;
    private final PolicyKgProperties.Fuseki config;
    private final long timeoutMillis;
    private final SecurityHeaders headers;
    private final RunningQueries running;
    private FusekiServer server;

    FusekiEndpoint(KgStore store, PolicyKgProperties props, SecurityHeaders headers, RunningQueries running) {
        this.store = store;
        this.headers = headers;
        this.running = running;
        this.config = props.fuseki();
        this.timeoutMillis = props.query().timeout().toMillis();
    }

    @Override
    public synchronized void start() {
        server = FusekiServer.create()
                .port(config.port())
                .registerOperation(Operation.Query, new DisconnectAwareQuery(running))
                .add("/" + config.dataset(), timed(DataService.newBuilder(store.dataset().asDatasetGraph()).withStdServices(config.updates()).build()))
                .addFilter("/*", headers)
                .build();
        for (var connector : server.getJettyServer().getConnectors()) {
            ((ServerConnector) connector).setHost(config.address());
        }
        server.start();
        LOG.info("SPARQL endpoint at {} ({})", sparqlUrl(), config.updates() ? "read-write" : "read-only");
        store.folder().ifPresent(dir -> StoreHolder.record(dir, "server", sparqlUrl()));
    }

    /** The same service with the time limit in the context of each query endpoint, where Fuseki looks for it. */
    private DataService timed(DataService service) {
        DataService.Builder timed = DataService.newBuilder(service.getDataset());
        for (Endpoint e : service.getEndpoints()) {
            timed.addEndpoint(Endpoint.create().operation(e.getOperation()).endpointName(e.getName()).authPolicy(e.getAuthPolicy())
                    .context(e.getOperation() == Operation.Query ? limited(e.getContext()) : e.getContext()).build());
        }
        return timed.build();
    }

    private Context limited(Context given) {
        Context c = given == null ? new Context() : given.copy();
        c.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        return c;
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            store.folder().ifPresent(StoreHolder::forget);
            server.stop();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("Fuseki is not running");
        }
        return server.getHttpPort();
    }

    public String datasetUrl() {
        return "http://" + host() + ":" + port() + "/" + config.dataset();
    }

    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** localhost when listening there or everywhere, else the address listened on. */
    private String host() {
        try {
            InetAddress a = InetAddress.getByName(config.address());
            return a.isAnyLocalAddress() || a.isLoopbackAddress() ? "localhost" : config.address();
        } catch (UnknownHostException e) {
            return config.address();
        }
    }
}
