package org.policykg.query;

import org.policykg.store.KgStore;

/** The query beans, built by hand for tests that run without a Spring context. */
public final class QueryFixtures {

    private QueryFixtures() {
    }

    public static DocumentResolver resolver(KgStore store, QueryCatalog catalog) {
        return new DocumentResolver(store, catalog);
    }

    public static QueryRunner runner(KgStore store, QueryCatalog catalog) {
        return new QueryRunner(store, resolver(store, catalog));
    }
}
