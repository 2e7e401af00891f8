package org.policykg;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code policykg.*}. {@code store} is a folder for TDB2, or {@code mem} for an in-memory
 * store. The SPARQL endpoint is read-only unless {@code fuseki.updates} is set.
 */
@ConfigurationProperties("policykg")
public record PolicyKgProperties(@DefaultValue("data/tdb2") String store, @DefaultValue Fuseki fuseki) {

    public record Fuseki(@DefaultValue("true") boolean enabled, @DefaultValue("3030") int port,
                         @DefaultValue("kg") String dataset, @DefaultValue("false") boolean updates) {
    }
}
