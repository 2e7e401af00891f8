package org.policykg.sparql;

import org.apache.jena.fuseki.main.FusekiServer;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;
import org.policykg.store.StoreHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Embedded Fuseki serving the store at /{dataset} with /sparql and /query. Read-only unless
 * {@code policykg.fuseki.updates=true}; port 0 picks a free port (tests). While it runs, the store folder records
 * its URL, so that a command on the same store can point there ({@link StoreHolder}).
 */
@Component
@ConditionalOnProperty(prefix = "policykg.fuseki", name = "enabled", havingValue = "true", matchIfMissing = true)
public class FusekiEndpoint implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiEndpoint.class);

    private final KgStore store;
    private final PolicyKgProperties.Fuseki config;
    private FusekiServer server;

    FusekiEndpoint(KgStore store, PolicyKgProperties props) {
        this.store = store;
        this.config = props.fuseki();
    }

    @Override
    public synchronized void start() {
        server = FusekiServer.create()
                .port(config.port())
                .add("/" + config.dataset(), store.dataset(), config.updates())
                .build()
                .start();
        LOG.info("SPARQL endpoint at {} ({})", sparqlUrl(), config.updates() ? "read-write" : "read-only");
        store.folder().ifPresent(dir -> StoreHolder.record(dir, sparqlUrl()));
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
        return "http://localhost:" + port() + "/" + config.dataset();
    }

    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }
}
