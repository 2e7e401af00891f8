package org.policykg;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code policykg.*}. {@code store} is a folder for TDB2, or {@code mem} for an in-memory
 * store. The SPARQL endpoint is read-only unless {@code fuseki.updates} is set, and listens on {@code fuseki.address}
 * (loopback unless opened up). {@code query.timeout} limits every query: the CLI's, the API's and the endpoint's.
 */
@ConfigurationProperties("policykg")
public record PolicyKgProperties(@DefaultValue("data/tdb2") String store, @DefaultValue Fuseki fuseki, @DefaultValue Query query) {

    public record Fuseki(@DefaultValue("true") boolean enabled, @DefaultValue("3030") int port,
                         @DefaultValue("kg") String dataset, @DefaultValue("false") boolean updates,
                         @DefaultValue("127.0.0.1") String address) {
    }

    public record Query(@DefaultValue("60s") Duration timeout) {
    }
}
