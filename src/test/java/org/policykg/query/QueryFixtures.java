package org.policykg.query;

import java.time.Duration;
import org.policykg.PolicyKgProperties;
import org.policykg.store.KgStore;

/** The query beans, built by hand for tests that run without a Spring context. */
public final class QueryFixtures {

    /** The settings' defaults: a query's time limit of 60 s. */
    public static final PolicyKgProperties DEFAULTS = new PolicyKgProperties("mem", null,
            new PolicyKgProperties.Query(Duration.ofSeconds(60)));

    private QueryFixtures() {
    }

    public static DocumentResolver resolver(KgStore store, QueryCatalog catalog) {
        return new DocumentResolver(store, catalog);
    }

    public static QueryRunner runner(KgStore store, QueryCatalog catalog) {
        return new QueryRunner(store, resolver(store, catalog), DEFAULTS);
    }
}
